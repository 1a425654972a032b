package vn.tonghop.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import vn.tonghop.campaign.Campaign;
import vn.tonghop.campaign.ParticipantGroup;
import vn.tonghop.fixtures.SampleGenerator;
import vn.tonghop.fixtures.SubmissionWorkbook;

/**
 * Writes a benchmark folder for {@code bench/run.sh}: {@code jobs/bench/job.yml} with its {@code units.csv},
 * {@code input/} with the planned workbooks ({@link BenchmarkPlan}) and {@code expected.json} /
 * {@code expected-night.json}, the figures a correct consolidation gives before and after the night.
 *
 * <p>Usage: {@code BenchmarkGenerator <folder> <files> [seed] [full|night|restore]}: {@code full} (the default)
 * writes everything, {@code night} rewrites only the files changed on the night with their new content, and
 * {@code restore} writes those files back as they were before it.
 */
public final class BenchmarkGenerator {

    static final String JOB_ID = "bench";
    private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);
    private static final int THREADS = 2;

    private BenchmarkGenerator() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2 || args.length > 4) {
            System.err.println("Usage: BenchmarkGenerator <folder> <files> [seed] [full|night|restore]");
            System.exit(2);
        }
        Path folder = Path.of(args[0]);
        int files = Integer.parseInt(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 2007;
        String mode = args.length > 3 ? args[3] : "full";
        long start = System.nanoTime();
        BenchmarkPlan plan = BenchmarkPlan.of(files, seed);
        Campaign campaign = campaign();
        List<BenchmarkPlan.Report> written = switch (mode) {
            case "full" -> {
                writeJob(folder, plan, campaign);
                writeExpected(folder.resolve("expected.json"), plan.expected(plan.reports(),
                        campaign.groups().size()), campaign);
                writeExpected(folder.resolve("expected-night.json"), plan.expected(plan.reportsAfterNight(),
                        campaign.groups().size()), campaign);
                yield plan.reports();
            }
            case "night" -> plan.reportsAfterNight().stream().filter(BenchmarkPlan.Report::changedAtNight).toList();
            case "restore" -> plan.reports().stream().filter(BenchmarkPlan.Report::changedAtNight).toList();
            default -> throw new IllegalArgumentException("unknown mode " + mode);
        };
        writeWorkbooks(folder.resolve("input"), written, campaign, mode.equals("night"));
        System.out.printf("%s: %d workbooks written into %s in %.1f s%n", mode, written.size(),
                folder.resolve("input"), (System.nanoTime() - start) / 1e9);
    }

    /** The sample's campaign (title, groups, forms) under the benchmark's job id. */
    static Campaign campaign() {
        Campaign sample = SampleGenerator.campaign();
        return new Campaign(Path.of("jobs", JOB_ID, "job.yml"), JOB_ID, sample.title(), sample.organisation(),
                sample.period(), sample.asOf(), sample.deadline(), sample.groups(), sample.forms(),
                sample.clusterForm(), sample.lowRateWarning(), List.of(), null);
    }

    private static void writeJob(Path folder, BenchmarkPlan plan, Campaign campaign) throws IOException {
        Path job = Files.createDirectories(folder.resolve("jobs").resolve(JOB_ID));
        StringBuilder yml = new StringBuilder()
                .append("id: ").append(campaign.id()).append('\n')
                .append("title: \"").append(campaign.title()).append("\"\n")
                .append("organisation: \"").append(campaign.organisation()).append("\"\n")
                .append("period: ").append(campaign.period()).append('\n')
                .append("as-of: ").append(campaign.asOf()).append('\n')
                .append("deadline: ").append(campaign.deadline()).append('\n')
                .append("units: units.csv\n")
                .append("groups:\n");
        for (ParticipantGroup group : campaign.groups()) {
            yml.append("  - key: ").append(group.key()).append('\n')
                    .append("    name: \"").append(group.name()).append("\"\n")
                    .append("    total-label: \"").append(group.totalLabel()).append("\"\n")
                    .append("    attended-label: \"").append(group.attendedLabel()).append("\"\n");
        }
        yml.append("forms: [ ").append(String.join(", ", campaign.forms().stream().map(f -> '"' + f + '"').toList()))
                .append(" ]\n")
                .append("cluster-form: \"").append(campaign.clusterForm()).append("\"\n")
                .append("low-rate-warning: ").append(campaign.lowRateWarning().toPlainString()).append('\n');
        Files.writeString(job.resolve("job.yml"), yml, StandardCharsets.UTF_8);
        StringBuilder csv = new StringBuilder("code,name,pilot\n");
        for (BenchmarkPlan.Unit unit : plan.registry()) {
            csv.append(unit.code()).append(',').append(unit.name()).append(',')
                    .append(unit.pilot() ? "yes" : "no").append('\n');
        }
        Files.writeString(job.resolve("units.csv"), csv, StandardCharsets.UTF_8);
    }

    /** Writes the workbooks on two threads; the first failure stops the generator. */
    private static void writeWorkbooks(Path input, List<BenchmarkPlan.Report> reports, Campaign campaign,
                                       boolean night) throws IOException, InterruptedException {
        Files.createDirectories(input);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> writes = new ArrayList<>();
            for (BenchmarkPlan.Report report : reports) {
                writes.add(pool.submit(() -> write(input, report, campaign, night)));
            }
            for (Future<?> write : writes) {
                write.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot write a benchmark workbook", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static void write(Path input, BenchmarkPlan.Report report, Campaign campaign, boolean night) {
        SubmissionWorkbook workbook = SubmissionWorkbook.forCampaign(campaign)
                .unit(report.unit().code(), report.unit().name())
                .reportDate(report.reportDate())
                .form(report.form());
        if (report.clusterCode() != null) {
            workbook.clusterCode(report.clusterCode());
        }
        for (int g = 0; g < campaign.groups().size(); g++) {
            workbook.membership(campaign.groups().get(g).key(), report.membership()[g]);
        }
        for (BenchmarkPlan.Session session : report.sessions()) {
            workbook.session(session.code(), session.date(), session.place(), session.attended());
        }
        if (report.fault() == BenchmarkPlan.Fault.WRONG_TOTAL) {
            int last = campaign.groups().size() - 1;
            workbook.totalRowOverride(campaign.groups().get(last).key(), report.attended(last) + 10);
        }
        Path file = workbook.writeTo(input.resolve(report.fileName()));
        // sent on the report date; a file sent again on the night is newer than every earlier one
        LocalDateTime sent = night ? campaign.asOf().atTime(8, 0) : report.reportDate().atTime(16, 30);
        try {
            Files.setLastModifiedTime(file, FileTime.from(sent.toInstant(VIETNAM)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot date " + file, e);
        }
    }

    private static void writeExpected(Path file, BenchmarkPlan.Expected expected, Campaign campaign)
            throws IOException {
        StringBuilder json = new StringBuilder("{\n")
                .append("  \"files\": ").append(expected.files()).append(",\n")
                .append("  \"units\": {\"expected\": ").append(expected.unitsExpected())
                .append(", \"reported\": ").append(expected.unitsReported()).append("},\n")
                .append("  \"sessions\": ").append(expected.sessions()).append(",\n")
                .append("  \"attendees\": ").append(expected.attendees()).append(",\n")
                .append("  \"groups\": [");
        for (int g = 0; g < campaign.groups().size(); g++) {
            BigDecimal rate = expected.rates()[g];
            json.append(g == 0 ? "\n" : ",\n")
                    .append("    {\"key\": \"").append(campaign.groups().get(g).key())
                    .append("\", \"attended\": ").append(expected.attended()[g])
                    .append(", \"total\": ").append(expected.total()[g])
                    .append(", \"rate\": ").append(rate == null ? "null" : rate.toPlainString()).append('}');
        }
        json.append("\n  ],\n")
                .append("  \"rejected\": ").append(expected.rejected()).append('\n')
                .append("}\n");
        Files.writeString(file, json, StandardCharsets.UTF_8);
    }
}
