package vn.tonghop.campaign;

import java.nio.file.Path;

/**
 * A job definition or unit registry that cannot be used; the run stops before any file is read. The message is one
 * line: the file, the line and column where known, the key or column, and the problem.
 */
public class InvalidCampaignException extends RuntimeException {

    private final transient Path file;
    private final int line;
    private final String key;

    public InvalidCampaignException(Path file, String key, String problem) {
        this(file, 0, 0, key, problem);
    }

    /**
     * @param line   1-based line of the file, 0 when the problem has no single place (a missing key)
     * @param column 1-based column, 0 when only the line is known
     */
    public InvalidCampaignException(Path file, int line, int column, String key, String problem) {
        super(file + place(line, column) + (key == null ? "" : ": '" + key + "'") + ": " + problem);
        this.file = file;
        this.line = line;
        this.key = key;
    }

    private static String place(int line, int column) {
        if (line <= 0) {
            return "";
        }
        return ", line " + line + (column <= 0 ? "" : ", column " + column);
    }

    public Path file() {
        return file;
    }

    /** The 1-based line the problem is on, or 0 when it has none. */
    public int line() {
        return line;
    }

    public String key() {
        return key;
    }
}
