package vn.tonghop.job;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.function.ToIntFunction;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.listener.StepListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.ChunkOrientedStepBuilder;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.builder.TaskletStepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Scope;
import org.springframework.context.annotation.ScopedProxyMode;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;
import vn.tonghop.campaign.Campaign;
import vn.tonghop.campaign.CampaignLoader;
import vn.tonghop.consolidation.CheckedFile;
import vn.tonghop.report.OutputFiles;
import vn.tonghop.staging.CheckReuse;
import vn.tonghop.staging.FileLedger;
import vn.tonghop.staging.ResultStore;
import vn.tonghop.staging.StagedRun;
import vn.tonghop.staging.StagingRetention;
import vn.tonghop.submission.WorkbookChecker;
import vn.tonghop.vocabulary.OutputTexts;
import vn.tonghop.workbook.WorkbookReader;
import vn.tonghop.workbook.poi.PoiWorkbookReader;

/**
 * The consolidation job: discover files → read and check each workbook → reconcile across units and consolidate →
 * write outputs. Bean wiring only; each step's work lives in its own class.
 */
@Configuration
public class ConsolidationJobConfiguration {

    /** The job bean's name, as Spring Batch names jobs; earlier versions' runs are renamed by JobNameMigration. */
    public static final String JOB_NAME = "consolidationJob";

    /**
     * System or application property: workbooks checked per transaction (200). A crash loses at most this many
     * files' work, never counts one twice; fewer, smaller commits cost more (at 10,000 files, 50 per chunk made the
     * check step 4% longer).
     */
    static final String FILES_PER_CHUNK = "tonghop.files-per-chunk";
    private static final String FILES_PER_CHUNK_VALUE = "${" + FILES_PER_CHUNK + ":200}";

    private static final String RUN = "#{jobParameters['" + JobParameterNames.RUN + "']}";
    private static final String JOB_FILE = "#{jobParameters['" + JobParameterNames.JOB_FILE + "']}";

    /**
     * The campaign of the running job, loaded once per run from its job definition parameter. Not proxied (a record
     * cannot be): only step-scoped beans, created while the job runs, ask for it.
     */
    @Bean
    @Scope(value = "job", proxyMode = ScopedProxyMode.NO)
    Campaign runCampaign(CampaignLoader campaignLoader, @Value(JOB_FILE) String jobFile) {
        return campaignLoader.load(Path.of(jobFile));
    }

    /**
     * The process's campaign loader, which gives the campaign it last made again while its files are unchanged: a
     * run asks for its campaign several times (and {@code watch} once per run), each a parse of the registry.
     */
    @Bean
    CampaignLoader campaignLoader() {
        return new CampaignLoader();
    }

    /**
     * Armed only when a crash test sets {@code tonghop.crash-test.pause}; the steps take it only then, so production
     * steps carry no test hook. (Decided when the steps are made, not by a bean condition: the packaged program's
     * context is prepared at build time, where a condition on a system property would be settled for good.)
     */
    @Bean
    CrashTestPause crashTestPause(@Value("${" + CrashTestPause.PROPERTY + ":}") String point) {
        return new CrashTestPause(point);
    }

    /** Purges old runs' staged rows after each completed run; {@code -Dtonghop.keep-runs=N} keeps N (30). */
    @Bean
    StagingPurge stagingPurge(JobRepository repository, StagingRetention retention, RunHistory runHistory,
                              @Value("${" + StagingPurge.PROPERTY + ":" + StagingPurge.DEFAULT_KEPT_RUNS + "}")
                              int keptRuns) {
        return new StagingPurge(repository, retention, runHistory, keptRuns);
    }

    @Bean
    Job consolidationJob(JobRepository repository, Step discoverFiles, Step checkWorkbooks,
                         Step consolidate, Step writeOutputs, StagingPurge stagingPurge) {
        return new JobBuilder(JOB_NAME, repository)
                .listener(new RunIdLogging())
                .listener(stagingPurge)
                .start(discoverFiles)
                .next(checkWorkbooks)
                .next(consolidate)
                .next(writeOutputs)
                .build();
    }

    @Bean
    Step discoverFiles(JobRepository repository, PlatformTransactionManager tm, Tasklet discoverFilesTasklet,
            CrashTestPause crashTestPause) {
        return taskletStep("discoverFiles", discoverFilesTasklet, repository, tm, crashTestPause);
    }

    /** Workbooks are checked on this many threads at once ({@value CheckThreads#PROPERTY}). */
    @Bean
    ThreadPoolTaskExecutor workbookCheckThreads(@Value("${" + CheckThreads.PROPERTY + ":0}") int threads,
                                                @Value(FILES_PER_CHUNK_VALUE) int filesPerChunk) {
        return CheckThreads.pool(CheckThreads.count(threads), checksAhead(filesPerChunk));
    }

    /** Checks started ahead of staging: the next chunk, so that the check threads keep busy while one is staged. */
    private static int checksAhead(int filesPerChunk) {
        return 2 * Math.max(1, filesPerChunk);
    }

    /**
     * The checked files come from the check threads, which work ahead of the step's thread; the step stages them
     * one chunk per transaction.
     */
    @Bean
    Step checkWorkbooks(JobRepository repository, PlatformTransactionManager tm,
                        CheckedFilesItemReader checkedFilesItemReader, StagingItemWriter stagingItemWriter,
                        CrashTestPause crashTestPause, CheckProgressListener checkProgress,
                        @Value(FILES_PER_CHUNK_VALUE) int filesPerChunk) {
        if (filesPerChunk < 1) {
            throw new IllegalArgumentException(FILES_PER_CHUNK + " must be at least 1, not " + filesPerChunk);
        }
        ChunkOrientedStepBuilder<CheckedFile, CheckedFile> step = new StepBuilder("checkWorkbooks", repository)
                .<CheckedFile, CheckedFile>chunk(filesPerChunk)
                .transactionManager(tm)
                .reader(checkedFilesItemReader)
                .writer(stagingItemWriter)
                .listener((StepListener) checkProgress);
        if (crashTestPause.armed()) {
            step.listener(crashTestPause);
        }
        return step.build();
    }

    @Bean
    Step consolidate(JobRepository repository, PlatformTransactionManager tm, Tasklet consolidateTasklet,
            CrashTestPause crashTestPause) {
        return taskletStep("consolidate", consolidateTasklet, repository, tm, crashTestPause);
    }

    @Bean
    Step writeOutputs(JobRepository repository, PlatformTransactionManager tm, Tasklet writeOutputsTasklet,
            CrashTestPause crashTestPause) {
        return taskletStep("writeOutputs", writeOutputsTasklet, repository, tm, crashTestPause);
    }

    /** A step of one tasklet, in its own transaction, with the crash-test pause points around it in crash tests. */
    private static Step taskletStep(String name, Tasklet tasklet, JobRepository repository,
                                    PlatformTransactionManager tm, CrashTestPause crashTestPause) {
        TaskletStepBuilder step = new StepBuilder(name, repository).tasklet(tasklet, tm);
        if (crashTestPause.armed()) {
            step.listener((StepExecutionListener) crashTestPause);
        }
        return step.build();
    }

    @Bean
    @StepScope
    Tasklet discoverFilesTasklet(FileLedger ledger, CheckReuse reuse, Campaign runCampaign,
                                 @Value(RUN) String runId,
                                 @Value("#{jobParameters['" + JobParameterNames.INPUT + "']}") String input) {
        return new DiscoverFilesTasklet(ledger, reuse, runCampaign, runId,
                Path.of(input));
    }

    /** The workbooks not yet checked in this run (on a restart, those a crash interrupted), each checked. */
    @Bean
    @StepScope
    CheckedFilesItemReader checkedFilesItemReader(FileLedger ledger, @Value(RUN) String runId,
                                                  Campaign runCampaign, WorkbookReader workbookReader,
                                                  ThreadPoolTaskExecutor workbookCheckThreads,
                                                  @Value(FILES_PER_CHUNK_VALUE) int filesPerChunk) {
        // the reader of the campaign's limits; a reader given to the context (tests) is used as it is
        WorkbookReader reader = workbookReader instanceof PoiWorkbookReader
                ? new PoiWorkbookReader(runCampaign.limits()) : workbookReader;
        WorkbookCheckItemProcessor check = new WorkbookCheckItemProcessor(new WorkbookChecker(reader), runCampaign);
        return new CheckedFilesItemReader(ledger.pending(runId), check::process, workbookCheckThreads,
                checksAhead(filesPerChunk));
    }

    /** A progress line when a person watches the terminal, a log line per tenth of the files otherwise. */
    @Bean
    @StepScope
    CheckProgressListener checkProgress(FileLedger ledger) {
        ToIntFunction<String> pending = ledger::pendingCount;
        return System.console() != null
                ? CheckProgressListener.inTerminal(pending, Clock.systemDefaultZone(), System.err)
                : CheckProgressListener.inLog(pending, Clock.systemDefaultZone(),
                        LoggerFactory.getLogger(CheckProgressListener.class)::info);
    }

    /** How workbooks are read: Apache POI, choosing the format from the content. */
    @Bean
    WorkbookReader workbookReader() {
        return new PoiWorkbookReader();
    }

    @Bean
    @StepScope
    StagingItemWriter stagingItemWriter(StagedRun staged, @Value(RUN) String runId) {
        return new StagingItemWriter(staged, runId);
    }

    @Bean
    @StepScope
    Tasklet consolidateTasklet(StagedRun staged, ResultStore results, Campaign runCampaign,
                               @Value(RUN) String runId) {
        return new ConsolidateTasklet(staged, results, runCampaign, runId);
    }

    @Bean
    @StepScope
    Tasklet writeOutputsTasklet(OutputContentsLoader loader, Campaign runCampaign, @Value(RUN) String runId,
                                @Value("#{jobParameters['" + JobParameterNames.OUTPUT + "']}") String output,
                                @Value("#{jobParameters['" + JobParameterNames.LANGUAGE + "'] ?: 'vi'}")
                                String language) {
        return new WriteOutputsTasklet(loader, new OutputFiles(new OutputTexts(Locale.forLanguageTag(language))),
                runCampaign, runId, Path.of(output));
    }
}
