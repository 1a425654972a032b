package vn.tonghop.submission;

import vn.tonghop.vocabulary.IssueCode;

/** A cell read as a count of people: either the count or why it is not one. */
public sealed interface CountReading {

    record Valid(long count) implements CountReading {
    }

    /** @param code NOT_A_NUMBER, NEGATIVE, NOT_INTEGER or CELL_ERROR */
    record Invalid(IssueCode code) implements CountReading {
    }
}
