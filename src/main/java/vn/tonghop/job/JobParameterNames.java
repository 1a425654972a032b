package vn.tonghop.job;

/** Names of the job parameters of a consolidation run. */
public final class JobParameterNames {

    /** The job definition file ({@code jobs/<id>/job.yml}). */
    public static final String JOB_FILE = "job";
    public static final String INPUT = "input";
    public static final String OUTPUT = "output";
    /** Language of the outputs: {@code vi} (default) or {@code en}. */
    public static final String LANGUAGE = "lang";
    /** The run's identity, {@code yyyyMMdd-HHmmss}: a new job instance each time, and the output folder's name. */
    public static final String RUN = "run";
    /** Digest of the job definition the run started under; a restart under another one is refused. */
    public static final String CAMPAIGN = "campaign";

    private JobParameterNames() {
    }
}
