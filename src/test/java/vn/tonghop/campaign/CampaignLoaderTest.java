package vn.tonghop.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CampaignLoaderTest {

    private static final String UNITS = """
            code,name,pilot
            DV001,Văn phòng Tỉnh ủy,yes
            DV002,"Công ty Cổ phần Lương thực, TP Vĩnh Long",no
            DV003,Sở Xây dựng,có
            """;

    private static final String JOB = """
            id: thu-nghiem
            title: "Sơ kết “Học tập”"
            organisation: Đảng ủy Khối
            period: 2007-GD1
            as-of: 2007-06-30
            deadline: "2007-07-05"
            units: units.csv
            groups:
              - key: a
                name: Nhóm A
                total-label: Tổng số A
                attended-label: A dự
              - key: b
                name: Nhóm B
                total-label: Tổng số B
                attended-label: B dự
              - key: c
                name: Nhóm C
                total-label: Tổng số C
                attended-label: C dự
            forms: [ "Tự tổ chức", "Ghép cụm" ]
            cluster-form: Ghép cụm
            low-rate-warning: 50
            """;

    @TempDir
    Path folder;

    private Path write(String job, String units) throws IOException {
        Files.writeString(folder.resolve("units.csv"), units, StandardCharsets.UTF_8);
        return Files.writeString(folder.resolve("job.yml"), job, StandardCharsets.UTF_8);
    }

    @Test
    void readsEveryKeyOfTheDefinitionAndTheRegistry() throws IOException {
        Campaign campaign = new CampaignLoader().load(write(JOB, "\uFEFF" + UNITS));

        assertThat(campaign.id()).isEqualTo("thu-nghiem");
        assertThat(campaign.title()).isEqualTo("Sơ kết “Học tập”");
        assertThat(campaign.period()).isEqualTo("2007-GD1");
        assertThat(campaign.asOf()).isEqualTo(LocalDate.of(2007, 6, 30));
        assertThat(campaign.deadline()).isEqualTo(LocalDate.of(2007, 7, 5));
        assertThat(campaign.groups()).extracting(ParticipantGroup::key).containsExactly("a", "b", "c");
        assertThat(campaign.groups().get(1).attendedLabel()).isEqualTo("B dự");
        assertThat(campaign.forms()).containsExactly("Tự tổ chức", "Ghép cụm");
        assertThat(campaign.isClusterForm("Ghép cụm")).isTrue();
        assertThat(campaign.lowRateWarning()).isEqualByComparingTo(BigDecimal.valueOf(50));
        assertThat(campaign.schedule()).isEqualTo(CampaignLoader.DEFAULT_SCHEDULE);
        assertThat(campaign.units()).containsExactly(
                new ReportingUnit("DV001", "Văn phòng Tỉnh ủy", true),
                new ReportingUnit("DV002", "Công ty Cổ phần Lương thực, TP Vĩnh Long", false),
                new ReportingUnit("DV003", "Sở Xây dựng", true));
    }

    @Nested
    class RejectsTheDefinition {

        @Test
        void whenAKeyIsMissing() throws IOException {
            Path job = write(JOB.replace("period: 2007-GD1\n", ""), UNITS);
            assertThatThrownBy(() -> new CampaignLoader().load(job))
                    .isInstanceOfSatisfying(InvalidCampaignException.class, e -> {
                        assertThat(e.key()).isEqualTo("period");
                        assertThat(e.file()).isEqualTo(job);
                        assertThat(e.getMessage()).contains("job.yml", "'period'", "missing");
                    });
        }

        @Test
        void whenTheRegistryFileDoesNotExist() throws IOException {
            Path job = write(JOB.replace("units: units.csv", "units: don-vi.csv"), UNITS);
            assertThatThrownBy(() -> new CampaignLoader().load(job))
                    .isInstanceOfSatisfying(InvalidCampaignException.class, e -> {
                        assertThat(e.key()).isEqualTo("units");
                        assertThat(e.getMessage()).contains("don-vi.csv", "not found");
                    });
        }

        @Test
        void whenAUnitCodeIsRepeated() throws IOException {
            Path job = write(JOB, UNITS + "DV002,Sở Tài chính,no\n");
            assertThatThrownBy(() -> new CampaignLoader().load(job))
                    .isInstanceOfSatisfying(InvalidCampaignException.class, e -> {
                        assertThat(e.file()).isEqualTo(folder.resolve("units.csv").toAbsolutePath());
                        assertThat(e.getMessage()).contains("line 5", "duplicate unit code DV002");
                    });
        }

        @Test
        void whenThereAreNoGroups() throws IOException {
            String noGroups = JOB.substring(0, JOB.indexOf("groups:")) + "groups: []\n"
                    + JOB.substring(JOB.indexOf("forms:"));
            Path job = write(noGroups, UNITS);
            assertThatThrownBy(() -> new CampaignLoader().load(job))
                    .isInstanceOfSatisfying(InvalidCampaignException.class,
                            e -> assertThat(e.key()).isEqualTo("groups"));
        }

        @Test
        void whenAGroupLacksItsLabel() throws IOException {
            Path job = write(JOB.replace("    attended-label: B dự\n", ""), UNITS);
            assertThatThrownBy(() -> new CampaignLoader().load(job))
                    .isInstanceOfSatisfying(InvalidCampaignException.class,
                            e -> assertThat(e.key()).isEqualTo("groups[2].attended-label"));
        }

        @Test
        void whenTheClusterFormIsNotAForm() throws IOException {
            Path job = write(JOB.replace("cluster-form: Ghép cụm", "cluster-form: Cụm"), UNITS);
            assertThatThrownBy(() -> new CampaignLoader().load(job))
                    .isInstanceOfSatisfying(InvalidCampaignException.class,
                            e -> assertThat(e.key()).isEqualTo("cluster-form"));
        }

        @Test
        void whenADateIsNotADate() throws IOException {
            Path job = write(JOB.replace("deadline: \"2007-07-05\"", "deadline: 30/6/2007"), UNITS);
            assertThatThrownBy(() -> new CampaignLoader().load(job))
                    .isInstanceOfSatisfying(InvalidCampaignException.class, e -> {
                        assertThat(e.key()).isEqualTo("deadline");
                        assertThat(e.getMessage()).contains("30/6/2007");
                    });
        }

        @Test
        void whenTheYamlIsBroken() throws IOException {
            Path job = write("id: [unclosed\n", UNITS);
            assertThatThrownBy(() -> new CampaignLoader().load(job))
                    .isInstanceOf(InvalidCampaignException.class)
                    .hasMessageContaining("not valid YAML");
        }
    }

    @Test
    void theOnlyJobOfAFolderIsChosenAndSeveralAreListed() throws IOException {
        Path jobs = folder.resolve("jobs");
        Files.createDirectories(jobs.resolve("one"));
        Files.writeString(jobs.resolve("one/job.yml"), "id: one\n");
        assertThat(JobDefinitions.single(jobs)).isEqualTo(jobs.resolve("one/job.yml"));

        Files.createDirectories(jobs.resolve("two"));
        Files.writeString(jobs.resolve("two/job.yml"), "id: two\n");
        assertThatThrownBy(() -> JobDefinitions.single(jobs))
                .isInstanceOf(InvalidCampaignException.class)
                .hasMessageContaining("one/job.yml").hasMessageContaining("two/job.yml");
    }
}
