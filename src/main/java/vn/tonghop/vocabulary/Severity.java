package vn.tonghop.vocabulary;

/** ERROR rejects the file (its figures are not used); WARNING accepts it. */
public enum Severity {
    ERROR, WARNING
}
