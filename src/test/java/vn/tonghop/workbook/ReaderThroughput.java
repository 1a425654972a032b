package vn.tonghop.workbook;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import vn.tonghop.campaign.Campaign;
import vn.tonghop.fixtures.SampleGenerator;
import vn.tonghop.fixtures.SubmissionWorkbook;
import vn.tonghop.submission.CheckResult;
import vn.tonghop.submission.WorkbookChecker;
import vn.tonghop.workbook.poi.PoiWorkbookReader;

/**
 * Measures how many submission workbooks per second are read, and read and checked, on one thread and on several.
 * Not a test: run it by hand, e.g.
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) vn.tonghop.workbook.ReaderThroughput /tmp/bench 2000 1,2}
 * (the classpath from {@code mvn dependency:build-classpath -Dmdep.outputFile=cp.txt}). The folder is filled with
 * generated submissions of the sample campaign on the first run and reused afterwards.
 */
public final class ReaderThroughput {

    private static final String[] FORMS = {"Tự tổ chức", "Mời báo cáo viên cấp trên"};
    private static final int ROUNDS = 3;

    private ReaderThroughput() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "target/throughput");
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        String[] threadCounts = (args.length > 2 ? args[2] : "1,2").split(",");
        Campaign campaign = SampleGenerator.campaign();
        List<Path> files = submissions(folder, count, campaign);
        System.out.printf(Locale.ROOT, "%d workbooks, %.1f MB, %d processors%n", files.size(),
                totalBytes(files) / 1e6, Runtime.getRuntime().availableProcessors());
        WorkbookReader reader = new PoiWorkbookReader();
        WorkbookChecker checker = new WorkbookChecker(reader);
        // warm-up: class loading and the JIT, so the rounds compare the steady state
        run(files, 1, file -> reader.read(file).sheets().size());
        for (String threads : threadCounts) {
            int n = Integer.parseInt(threads.strip());
            for (int round = 0; round < ROUNDS; round++) {
                report("read", n, files.size(), run(files, n, file -> reader.read(file).sheets().size()));
                report("read+check", n, files.size(), run(files, n,
                        file -> checked(checker.check(file, file.getFileName().toString(), campaign))));
            }
        }
    }

    private interface FileTask {
        int apply(Path file) throws Exception;
    }

    private static int checked(CheckResult result) {
        if (result.submission() == null) {
            throw new IllegalStateException("a generated submission was rejected: " + result.issues());
        }
        return result.submission().sessions().size();
    }

    private static long run(List<Path> files, int threads, FileTask task) throws Exception {
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        try {
            List<Future<Integer>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    int sum = 0;
                    for (int i = next.getAndIncrement(); i < files.size(); i = next.getAndIncrement()) {
                        sum += task.apply(files.get(i));
                    }
                    return sum;
                }));
            }
            for (Future<Integer> worker : workers) {
                worker.get();
            }
            return System.nanoTime() - start;
        } finally {
            pool.shutdown();
        }
    }

    private static void report(String what, int threads, int files, long nanos) {
        System.out.printf(Locale.ROOT, "%-10s %d thread(s): %6.0f files/s (%.2f s)%n", what, threads,
                files / (nanos / 1e9), nanos / 1e9);
    }

    private static List<Path> submissions(Path folder, int count, Campaign campaign) throws IOException {
        Files.createDirectories(folder);
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Path file = folder.resolve(String.format(Locale.ROOT, "DV%05d.xlsx", i));
            if (!Files.exists(file)) {
                submission(campaign, i).writeTo(file);
            }
            files.add(file);
        }
        return files;
    }

    private static SubmissionWorkbook submission(Campaign campaign, int i) {
        String code = campaign.units().get(i % campaign.units().size()).code();
        SubmissionWorkbook workbook = SubmissionWorkbook.forCampaign(campaign)
                .unit(code, "Đơn vị " + i)
                .reportDate(LocalDate.of(2007, 6, 1 + i % 28))
                .form(FORMS[i % FORMS.length])
                .membership(SampleGenerator.CADRES, 100 + i % 17)
                .membership(SampleGenerator.MASSES, 220 + i % 23);
        for (int s = 0; s < 1 + i % 3; s++) {
            workbook.session(code + "-" + s, LocalDate.of(2007, 5, 1 + s), "Hội trường " + s, 30 + s, 70 + s);
        }
        return workbook;
    }

    private static long totalBytes(List<Path> files) throws IOException {
        long sum = 0;
        for (Path file : files) {
            sum += Files.size(file);
        }
        return sum;
    }
}
