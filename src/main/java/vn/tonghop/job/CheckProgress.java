package vn.tonghop.job;

import java.time.Duration;
import java.util.Locale;

/** How far step 2 has got: files checked out of the total, the pace and the time left at that pace. */
record CheckProgress(int done, int total, Duration elapsed) {

    /** Files per second so far; 0 before the first file or the first millisecond. */
    double filesPerSecond() {
        return elapsed.toMillis() == 0 ? 0 : done * 1000.0 / elapsed.toMillis();
    }

    /** The time the remaining files take at the pace so far; null before the first file. */
    Duration remaining() {
        if (done == 0) {
            return null;
        }
        return Duration.ofMillis(elapsed.toMillis() * (total - done) / done);
    }

    /** {@code Checking workbooks: 45/87 files (52%), 3.2 files/s, about 0:13 left}. */
    String line() {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "Checking workbooks: %d/%d files (%d%%)",
                done, total, total == 0 ? 100 : done * 100 / total));
        Duration remaining = remaining();
        if (remaining != null && elapsed.toMillis() > 0) {
            line.append(String.format(Locale.ROOT, ", %.1f files/s", filesPerSecond()));
            if (done < total) {
                line.append(", about ").append(minutesSeconds(remaining)).append(" left");
            }
        }
        return line.toString();
    }

    private static String minutesSeconds(Duration duration) {
        long seconds = (duration.toMillis() + 999) / 1000;
        return String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }
}
