package vn.tonghop.job;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** Run identities: the local time the run started, as staff read folder names ({@code 20070630-020000}). */
public final class RunIds {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private RunIds() {
    }

    public static String of(LocalDateTime time) {
        return FORMAT.format(time);
    }
}
