package vn.tonghop.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Locale;

/**
 * Prints, as JSON, when each run recorded in a data folder's job repository started and ended, and each of its
 * steps, in milliseconds since the epoch: the time the jar spent per stage, without adding a line to its log.
 * Opens the database read-only once the jar has exited, so the data folder is left as it was.
 *
 * <p>Usage: {@code StepTimes <data folder>}.
 */
public final class StepTimes {

    private StepTimes() {
    }

    public static void main(String[] args) throws SQLException {
        if (args.length != 1) {
            System.err.println("Usage: StepTimes <data folder>");
            System.exit(2);
        }
        String url = "jdbc:hsqldb:file:" + args[0] + "/tonghop;readonly=true;ifexists=true";
        StringBuilder json = new StringBuilder("[");
        try (Connection connection = DriverManager.getConnection(url, "SA", "");
             PreparedStatement jobs = connection.prepareStatement("SELECT JOB_EXECUTION_ID, START_TIME, END_TIME,"
                     + " STATUS FROM BATCH_JOB_EXECUTION ORDER BY JOB_EXECUTION_ID");
             PreparedStatement steps = connection.prepareStatement("SELECT STEP_NAME, START_TIME, END_TIME,"
                     + " WRITE_COUNT FROM BATCH_STEP_EXECUTION WHERE JOB_EXECUTION_ID = ?"
                     + " ORDER BY STEP_EXECUTION_ID")) {
            try (ResultSet job = jobs.executeQuery()) {
                while (job.next()) {
                    json.append(json.length() > 1 ? ",\n" : "\n").append(String.format(Locale.ROOT,
                            " {\"execution\": %d, \"start\": %s, \"end\": %s, \"status\": \"%s\", \"steps\": [",
                            job.getLong(1), millis(job.getTimestamp(2)), millis(job.getTimestamp(3)),
                            job.getString(4)));
                    steps.setLong(1, job.getLong(1));
                    try (ResultSet step = steps.executeQuery()) {
                        for (boolean first = true; step.next(); first = false) {
                            json.append(first ? "" : ", ").append(String.format(Locale.ROOT,
                                    "{\"name\": \"%s\", \"start\": %s, \"end\": %s, \"written\": %d}",
                                    step.getString(1), millis(step.getTimestamp(2)), millis(step.getTimestamp(3)),
                                    step.getLong(4)));
                        }
                    }
                    json.append("]}");
                }
            }
        }
        System.out.println(json.append("\n]"));
    }

    /** The job repository stores local times; the JVM's zone is the one the jar wrote them in. */
    private static String millis(Timestamp time) {
        return time == null ? "null" : Long.toString(time.getTime());
    }
}
