package vn.tonghop.workbook.legacy;

/** The 8-bit Vietnamese encodings that offices still type in, through fonts made for them. */
public enum LegacyEncoding {
    TCVN3,
    VNI;

    public String toUnicode(String text) {
        return this == TCVN3 ? Tcvn3.toUnicode(text) : Vni.toUnicode(text);
    }

    /** The text as typed with this encoding's fonts; for tests and samples. */
    public String fromUnicode(String text) {
        return this == TCVN3 ? Tcvn3.fromUnicode(text) : Vni.fromUnicode(text);
    }
}
