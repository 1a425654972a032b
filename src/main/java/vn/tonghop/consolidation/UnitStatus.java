package vn.tonghop.consolidation;

/** Where a registry unit stands in a run. */
public enum UnitStatus {
    /** An accepted submission counts for the unit. */
    REPORTED,
    /** Files were received, but all were rejected. */
    REJECTED,
    /** No file was received. */
    NOT_REPORTED
}
