package vn.tonghop.submission;

import java.util.OptionalLong;

/**
 * A group's membership count as the label block states it.
 *
 * @param cell  the value cell, or null when there is none
 * @param count empty when missing or not a count (already reported)
 */
record Membership(String cell, OptionalLong count) {
}
