package vn.tonghop.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.tonghop.campaign.Campaign;
import vn.tonghop.campaign.CampaignLoader;
import vn.tonghop.campaign.ParticipantGroup;
import vn.tonghop.submission.CheckResult;
import vn.tonghop.submission.SessionRow;
import vn.tonghop.submission.Submission;
import vn.tonghop.submission.WorkbookChecker;
import vn.tonghop.vocabulary.Issue;
import vn.tonghop.workbook.poi.PoiWorkbookReader;

/**
 * The benchmark's generated folder, read back through the project's own campaign loader, reader and checker, holds
 * what its expected.json says: the benchmark checks the jar against these figures, so they must be right.
 */
class BenchmarkGeneratorTest {

    private static final int FILES = 60;

    @TempDir
    static Path folder;

    private static Campaign campaign;

    @BeforeAll
    static void generate() throws Exception {
        BenchmarkGenerator.main(new String[] {folder.toString(), Integer.toString(FILES), "11", "full"});
        campaign = new CampaignLoader().load(folder.resolve("jobs/bench/job.yml"));
    }

    @Test
    void theJobFolderRegistersEveryUnitButTheStrangers() {
        assertThat(campaign.units()).hasSize(FILES - 1);
        assertThat(workbooks()).hasSize(FILES);
        assertThat(workbooks().stream().filter(f -> f.toString().endsWith(".xls")).count())
                .as("about a tenth .xls").isBetween(FILES / 20L, FILES / 5L);
    }

    @Test
    void theCheckedFilesAddUpToTheExpectedFigures() throws IOException {
        Checked checked = checkAll();
        JsonNode expected = read("expected.json");

        assertThat(checked.rejectedCodes()).containsOnlyKeys("DV", "ZZ");
        assertThat(checked.rejectedCodes().values()).containsExactlyInAnyOrder("TOTAL_ROW_MISMATCH", "UNKNOWN_UNIT");
        assertFigures(checked, expected);
        assertThat(checked.clusterSessions()).as("clusters report joint sessions").isPositive();
        assertThat(checked.maxSessionsPerUnit()).isEqualTo(3);
    }

    @Test
    void theNightChangesOnePercentOfTheFilesAndTheirFigures() throws Exception {
        Map<Path, byte[]> before = contents();
        BenchmarkGenerator.main(new String[] {folder.toString(), Integer.toString(FILES), "11", "night"});
        try {
            Map<Path, byte[]> after = contents();
            long changed = before.keySet().stream().filter(f -> !Arrays.equals(before.get(f), after.get(f)))
                    .count();
            assertThat(after.keySet()).isEqualTo(before.keySet());
            assertThat(changed).isEqualTo((FILES - 1 + BenchmarkPlan.CHANGED_EVERY / 2) / BenchmarkPlan.CHANGED_EVERY);

            JsonNode night = read("expected-night.json");
            assertFigures(checkAll(), night);
            assertThat(night.get("attendees").asLong())
                    .isEqualTo(read("expected.json").get("attendees").asLong() - changed);
        } finally {
            BenchmarkGenerator.main(new String[] {folder.toString(), Integer.toString(FILES), "11", "restore"});
        }
        assertThat(contents()).allSatisfy((file, bytes) -> assertThat(bytes).isEqualTo(before.get(file)));
    }

    private static void assertFigures(Checked checked, JsonNode expected) {
        assertThat(checked.accepted().size()).isEqualTo(expected.get("units").get("reported").asInt());
        assertThat(campaign.units()).hasSize(expected.get("units").get("expected").asInt());
        assertThat(checked.rejectedCodes()).hasSize(expected.get("rejected").asInt());
        assertThat(checked.sessions()).isEqualTo(expected.get("sessions").asLong());
        long attendees = 0;
        for (int g = 0; g < campaign.groups().size(); g++) {
            ParticipantGroup group = campaign.groups().get(g);
            JsonNode figures = expected.get("groups").get(g);
            long attended = checked.accepted().stream().mapToLong(s -> s.attended(group.key())).sum();
            long total = checked.accepted().stream().mapToLong(s -> s.membership().get(group.key())).sum();
            assertThat(figures.get("key").asString()).isEqualTo(group.key());
            assertThat(figures.get("attended").asLong()).isEqualTo(attended);
            assertThat(figures.get("total").asLong()).isEqualTo(total);
            assertThat(figures.get("rate").decimalValue()).isEqualByComparingTo(BigDecimal.valueOf(attended * 100)
                    .divide(BigDecimal.valueOf(total), 2, RoundingMode.HALF_UP));
            attendees += attended;
        }
        assertThat(expected.get("attendees").asLong()).isEqualTo(attendees);
    }

    /** The accepted submissions, and per rejected file its unit code's prefix and its error. */
    private record Checked(List<Submission> accepted, Map<String, String> rejectedCodes) {

        long sessions() {
            Set<String> codes = new HashSet<>();
            accepted.forEach(s -> s.sessions().forEach(row -> codes.add(row.code())));
            return codes.size();
        }

        long clusterSessions() {
            return accepted.stream().filter(s -> s.clusterCode() != null).count();
        }

        int maxSessionsPerUnit() {
            return accepted.stream().mapToInt(s -> s.sessions().size()).max().orElse(0);
        }
    }

    private static Checked checkAll() {
        WorkbookChecker checker = new WorkbookChecker(new PoiWorkbookReader());
        List<Submission> accepted = new ArrayList<>();
        Map<String, String> rejected = new TreeMap<>();
        for (Path file : workbooks()) {
            CheckResult result = checker.check(file, file.getFileName().toString(), campaign);
            if (result.accepted()) {
                assertThat(result.submission().sessions()).extracting(SessionRow::code).doesNotContainNull();
                accepted.add(result.submission());
            } else {
                assertThat(result.issues()).hasSize(1);
                Issue issue = result.issues().get(0);
                rejected.put(issue.unit().substring(0, 2), issue.code().name());
            }
        }
        return new Checked(accepted, rejected);
    }

    private static List<Path> workbooks() {
        try (Stream<Path> files = Files.list(folder.resolve("input"))) {
            return files.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }

    private static Map<Path, byte[]> contents() throws IOException {
        Map<Path, byte[]> contents = new TreeMap<>();
        for (Path file : workbooks()) {
            contents.put(file, Files.readAllBytes(file));
        }
        return contents;
    }

    private static JsonNode read(String name) throws IOException {
        return JsonMapper.builder().build().readTree(Files.readString(folder.resolve(name)));
    }
}
