package vn.tonghop.consolidation;

import java.math.BigDecimal;

/**
 * Attendance of one participant group.
 *
 * @param rate attended / total × 100, two decimals, HALF_UP; null when total is zero
 */
public record GroupFigures(String key, String name, long attended, long total, BigDecimal rate) {
}
