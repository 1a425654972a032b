package vn.tonghop.report;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
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
     * Writes every file into {@code folder} with two threads: the consolidated workbook, each return workbook, and
     * the summary with the draft report are tasks for whichever thread is free; once the return workbooks are
     * written, this thread writes the exception report, which links into them. At national scale the consolidated
     * workbook and the returns (one per unit with something to fix) each take seconds, and both cores are idle
     * otherwise. Any failure fails the whole.
     */
    public void writeAll(OutputContents result, Path folder) throws IOException {
        ExecutorService lanes = Executors.newFixedThreadPool(2, OutputFiles::laneThread);
        Map<String, String> logContext = MDC.getCopyOfContextMap();
        try {
            Future<?> consolidated = lanes.submit(withLogContext(logContext, () -> {
                new ConsolidatedWorkbookWriter(messages).write(result, folder.resolve(CONSOLIDATED_WORKBOOK));
                return null;
            }));
            List<Future<Map<Issue, String>>> returns = new ArrayList<>();
            for (ReturnWorkbooks.Planned planned : new ReturnWorkbooks(messages).plan(result)) {
                returns.add(lanes.submit(withLogContext(logContext, () -> planned.write(folder))));
            }
            Future<?> summaryAndDraft = lanes.submit(withLogContext(logContext, () -> {
                new SummaryJsonWriter(messages).write(result, folder.resolve(SUMMARY));
                new DraftReportWriter(messages).write(result.campaign(), result.consolidation(),
                        result.startedAt(), folder.resolve(DRAFT_REPORT));
                return null;
            }));
            Map<Issue, String> links = new HashMap<>();
            for (Future<Map<Issue, String>> written : returns) {
                links.putAll(await(written));
            }
            new ExceptionReportWriter(messages).write(result, links, folder.resolve(EXCEPTION_REPORT));
            await(consolidated);
            await(summaryAndDraft);
        } finally {
            lanes.shutdownNow();
        }
    }

    /** Output writing that may fail with an I/O error. */
    private interface Writing<T> {
        T write() throws IOException;
    }

    /** The task, with the run's log context (its run id) on whichever thread runs it. */
    private static <T> Callable<T> withLogContext(Map<String, String> logContext, Writing<T> writing) {
        return () -> {
            if (logContext != null) {
                MDC.setContextMap(logContext);
            }
            try {
                return writing.write();
            } finally {
                MDC.clear();
            }
        };
    }

    private static Thread laneThread(Runnable lane) {
        Thread thread = new Thread(lane, "outputs");
        thread.setDaemon(true);
        return thread;
    }

    private static <T> T await(Future<T> lane) throws IOException {
        try {
            return lane.get();
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
