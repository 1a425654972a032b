package vn.tonghop.cli;

/** Process exit codes, documented in README. */
public final class ExitCodes {

    /** The run completed; rejected files are reported in the outputs, they are not a failure. */
    public static final int COMPLETED = 0;
    /** The run started but did not complete (see the log); {@code restart} resumes it. */
    public static final int FAILED = 1;
    /** The command line, the job definition or the folders are not usable; nothing was read. */
    public static final int INVALID_SETUP = 2;
    /** Another run (or {@code watch}) holds the data folder; nothing was read or written. */
    public static final int ALREADY_RUNNING = 3;

    private ExitCodes() {
    }
}
