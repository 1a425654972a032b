package vn.tonghop.report;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.MDC;
import vn.tonghop.report.draft.DraftReportWriter;
import vn.tonghop.vocabulary.Issue;
import vn.tonghop.vocabulary.OutputTexts;

/** The files every run writes into its output folder. */
public final class OutputFiles {

    public static final String CONSOLIDATED_WORKBOOK = "tong-hop.xlsx";
    public static final String EXCEPTION_REPORT = "bao-cao-loi.xlsx";
    public static final String SUMMARY = "summary.json";
    /** The draft of the committee's written report, for the clerk to complete and the head to sign. */
    public static final String DRAFT_REPORT = "bao-cao.docx";
    /** One workbook per unit with issues, to send back: {@code tra-lai/<unit code>.xlsx}. */
    public static final String RETURNS = ReturnWorkbooks.FOLDER;

    private final OutputTexts messages;

    public OutputFiles(OutputTexts messages) {
        this.messages = messages;
    }

    /**
     * Writes every file into {@code folder}, as three tasks on two threads: the return workbooks, then the exception
     * report that links into them; the consolidated workbook; the summary and the draft report. The third goes to
     * whichever thread is free first: which of the other two takes longer depends on how many units have returns.
     * At national scale each takes seconds, and both cores are idle otherwise. Any failure fails the whole.
     */
    public void writeAll(OutputContents result, Path folder) throws IOException {
        ExecutorService lanes = Executors.newFixedThreadPool(2, OutputFiles::laneThread);
        Map<String, String> logContext = MDC.getCopyOfContextMap();
        try {
            List<Future<?>> tasks = List.of(
                    lanes.submit(withLogContext(logContext, () -> {
                        Map<Issue, String> links = new ReturnWorkbooks(messages).write(result, folder);
                        new ExceptionReportWriter(messages).write(result, links, folder.resolve(EXCEPTION_REPORT));
                    })),
                    lanes.submit(withLogContext(logContext, () -> new ConsolidatedWorkbookWriter(messages)
                            .write(result, folder.resolve(CONSOLIDATED_WORKBOOK)))),
                    lanes.submit(withLogContext(logContext, () -> {
                        new SummaryJsonWriter(messages).write(result, folder.resolve(SUMMARY));
                        new DraftReportWriter(messages).write(result.campaign(), result.consolidation(),
                                result.startedAt(), folder.resolve(DRAFT_REPORT));
                    })));
            for (Future<?> task : tasks) {
                await(task);
            }
        } finally {
            lanes.shutdownNow();
        }
    }

    /** Output writing that may fail with an I/O error. */
    private interface Writing {
        void write() throws IOException;
    }

    /** The task, with the run's log context (its run id) on whichever thread runs it. */
    private static Callable<Void> withLogContext(Map<String, String> logContext, Writing writing) {
        return () -> {
            if (logContext != null) {
                MDC.setContextMap(logContext);
            }
            try {
                writing.write();
            } finally {
                MDC.clear();
            }
            return null;
        };
    }

    private static Thread laneThread(Runnable lane) {
        Thread thread = new Thread(lane, "outputs");
        thread.setDaemon(true);
        return thread;
    }

    private static void await(Future<?> lane) throws IOException {
        try {
            lane.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while the outputs were written");
        } catch (ExecutionException e) {
            Throwable failure = e.getCause();
            if (failure instanceof IOException io) {
                throw io;
            }
            if (failure instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (failure instanceof Error error) {
                throw error;
            }
            throw new IOException("writing the outputs failed", failure);
        }
    }
}
