package vn.tonghop.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** job.yml and its registry into a Campaign, and every mistake in job.yml refused naming its line and key. */
class CampaignLoaderTest {

    private static final String UNITS = """
            code,name,pilot
            DV001,Văn phòng Tỉnh ủy,yes
            DV002,"Công ty Cổ phần Lương thực, TP Vĩnh Long",no
            DV003,Sở Xây dựng,có
            """;

    /** Line numbers used below: period 4, deadline 6, groups 8, the second group 13 to 16, forms 21, cluster-form 22. */
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

    private Path write(String job) throws IOException {
        return write(job, UNITS);
    }

    private static InvalidCampaignException refusal(Path job) {
        return (InvalidCampaignException) assertThatThrownBy(() -> new CampaignLoader().load(job))
                .isInstanceOf(InvalidCampaignException.class).actual();
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

    /** A loader gives its last campaign again only while both files hold exactly the bytes it was made from. */
    @Nested
    class LoadingAgain {

        private final CampaignLoader loader = new CampaignLoader();

        @Test
        void unchangedFilesGiveTheSameCampaignWithoutParsingThemAgain() throws IOException {
            Path job = write(JOB);
            Campaign first = loader.load(job);

            assertThat(loader.load(job)).isSameAs(first);
        }

        @Test
        void aUnitAddedToTheRegistryIsThereAtTheNextLoad() throws IOException {
            Path job = write(JOB);
            Campaign before = loader.load(job);
            Files.writeString(folder.resolve("units.csv"), UNITS + "DV004,Sở Tư pháp,no\n", StandardCharsets.UTF_8);

            Campaign after = loader.load(job);

            assertThat(before.units()).hasSize(3);
            assertThat(after.units()).hasSize(4);
            assertThat(after.unit("DV004")).map(ReportingUnit::name).contains("Sở Tư pháp");
        }

        @Test
        void aChangedDefinitionIsReadAgainAndAChangeUndoneGivesWhatTheFileSays() throws IOException {
            Path job = write(JOB);
            loader.load(job);
            Files.writeString(job, JOB.replace("low-rate-warning: 50", "low-rate-warning: 80"),
                    StandardCharsets.UTF_8);
            assertThat(loader.load(job).lowRateWarning()).isEqualByComparingTo("80");

            Files.writeString(job, JOB, StandardCharsets.UTF_8);
            assertThat(loader.load(job).lowRateWarning()).isEqualByComparingTo("50");
        }

        @Test
        void aRegistryGoneSinceIsRefusedAsItWouldBeAtTheFirstLoad() throws IOException {
            Path job = write(JOB);
            loader.load(job);
            Files.delete(folder.resolve("units.csv"));

            assertThatThrownBy(() -> loader.load(job)).isInstanceOf(InvalidCampaignException.class)
                    .hasMessageContaining("units").hasMessageContaining("file not found");
        }

        @Test
        void aMistakeMadeSinceIsRefusedAndItsCorrectionReadAgain() throws IOException {
            Path job = write(JOB);
            loader.load(job);
            Files.writeString(folder.resolve("units.csv"), UNITS + "DV001,Trùng mã,no\n", StandardCharsets.UTF_8);

            assertThatThrownBy(() -> loader.load(job)).isInstanceOf(InvalidCampaignException.class)
                    .hasMessageContaining("duplicate unit code DV001");

            Files.writeString(folder.resolve("units.csv"), UNITS, StandardCharsets.UTF_8);
            assertThat(loader.load(job).units()).hasSize(3);
        }

        @Test
        void anotherJobFileWithTheSameBytesIsItsOwnCampaign() throws IOException {
            Path job = write(JOB);
            Campaign first = loader.load(job);
            Path other = Files.createDirectories(folder.resolve("khac"));
            Files.writeString(other.resolve("units.csv"), UNITS, StandardCharsets.UTF_8);
            Path otherJob = Files.writeString(other.resolve("job.yml"), JOB, StandardCharsets.UTF_8);

            Campaign second = loader.load(otherJob);

            assertThat(second).isNotSameAs(first);
            assertThat(second.definitionFile()).isEqualTo(otherJob.toAbsolutePath());
        }
    }

    @Nested
    class YamlMistakes {

        @Test
        void aListThatIsNotClosed() throws IOException {
            Path job = write(JOB.replace("\"Ghép cụm\" ]", "\"Ghép cụm\""));

            InvalidCampaignException e = refusal(job);
            assertThat(e.file()).isEqualTo(job);
            assertThat(e.getMessage()).startsWith(job + ", line ")
                    .contains("not valid YAML: the list opened with '[' at line 21, column 8 is not closed with ']'");
        }

        @Test
        void aTabCharacter() throws IOException {
            Path job = write(JOB.replace("  - key: b", "\t- key: b"));

            assertThat(refusal(job).getMessage()).isEqualTo(job + ", line 13, column 1: not valid YAML: a tab "
                    + "character: indent and separate with spaces only");
        }

        @Test
        void noSpaceAfterTheColon() throws IOException {
            Path job = write(JOB.replace("period: 2007-GD1", "period:2007-GD1    # the campaign's period"));

            InvalidCampaignException e = refusal(job);
            assertThat(e.line()).isEqualTo(4);
            assertThat(e.getMessage()).isEqualTo(job + ", line 4: not valid YAML: 'period:2007-GD1' is not a "
                    + "'key: value' line: put a space after the ':'");
        }

        @Test
        void noSpaceAfterTheColonOnTheOnlyLine() throws IOException {
            // YAML reads this file as one plain string, not as a mapping with a key
            Path job = write("period:2007-GD1\n");

            assertThat(refusal(job).getMessage()).isEqualTo(job + ", line 1: 'period:2007-GD1' is not a "
                    + "'key: value' line: put a space after the ':'");
        }

        @Test
        void aKeyWrittenTwice() throws IOException {
            Path job = write(JOB + "period: 2007-GD2\n");

            assertThat(refusal(job).getMessage()).isEqualTo(job + ", line 24: not valid YAML: the key 'period' "
                    + "appears twice");
        }

        @Test
        void aQuoteThatIsNeverClosed() throws IOException {
            Path job = write("id: thu-nghiem\ntitle: \"Sơ kết “Học tập”\n");

            assertThat(refusal(job).getMessage()).isEqualTo(job + ", line 2, column 8: not valid YAML: the quote "
                    + "opened here is not closed");
        }

        @Test
        void aQuoteThatIsNotClosedOnItsLineIsPointedAtFromWhereYamlStumbles() throws IOException {
            // YAML reads the title on to the next quote, on line 6, and fails there
            Path job = write(JOB.replace("title: \"Sơ kết “Học tập”\"", "title: \"Sơ kết “Học tập”"));

            assertThat(refusal(job).getMessage()).startsWith(job + ", line 6, column ")
                    .endsWith("(is the quote opened on line 2 closed?)");
        }

        @Test
        void aValueHoldingColonSpaceWithoutQuotes() throws IOException {
            Path job = write(JOB.replace("title: \"Sơ kết “Học tập”\"", "title: Sơ kết: giai đoạn I"));

            assertThat(refusal(job).getMessage()).isEqualTo(job + ", line 2, column 14: not valid YAML: a ':' "
                    + "where no key can start: check the indentation, and put quotes around a value that holds ': '");
        }

        @Test
        void aFileSavedInTheWindowsCodePage() throws IOException {
            Files.writeString(folder.resolve("units.csv"), UNITS, StandardCharsets.UTF_8);
            Path job = Files.write(folder.resolve("job.yml"), JOB.replace("Đảng ủy Khối", "Dang uy Khoi")
                    .replace("“Học tập”", "Hoc tap").replace("Sơ kết", "Résumé").getBytes(Charset.forName("windows-1252")));

            InvalidCampaignException e = refusal(job);
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.getMessage()).contains("job.yml, line 2: not UTF-8 (byte 0xE9)", "save it as UTF-8");
        }

        @Test
        void anEmptyFile() throws IOException {
            Path job = write("# nothing yet\n");

            assertThat(refusal(job).getMessage()).isEqualTo(job + ": the file is empty: expected 'key: value' lines");
        }
    }

    @Nested
    class UnknownKeys {

        @Test
        void aMisspeltKeyIsNamedWithTheKeyItMostLikelyMeant() throws IOException {
            Path job = write(JOB.replace("period: 2007-GD1", "periode: 2007-GD1"));

            InvalidCampaignException e = refusal(job);
            assertThat(e.key()).isEqualTo("periode");
            assertThat(e.line()).isEqualTo(4);
            assertThat(e.getMessage()).isEqualTo(job + ", line 4: 'periode': unknown key; did you mean 'period'?");
        }

        @Test
        void aMisspeltKeyOfAGroupIsNamedWithItsGroup() throws IOException {
            Path job = write(JOB.replace("    name: Nhóm B", "    nmae: Nhóm B"));

            assertThat(refusal(job).getMessage()).isEqualTo(job + ", line 14: 'groups[2].nmae': unknown key; did "
                    + "you mean 'name'?");
        }

        @Test
        void aKeyLikeNoKnownOneListsTheKnownKeys() throws IOException {
            Path job = write(JOB + "ghi-chu: thử nghiệm\n");

            assertThat(refusal(job).getMessage()).startsWith(job + ", line 24: 'ghi-chu': unknown key; the known "
                    + "keys are aliases, as-of, cluster-form, deadline, forms, groups, id, limits,");
        }

        @Test
        void keysOfOtherFeaturesAreKnownBeforeAnythingReadsThem() throws IOException {
            Path job = write(JOB + """
                    schedule: "0 30 1 * * *"
                    report:
                      place: "Vĩnh Long"
                    aliases:
                      "Mã đơn vị": [ "Mã ĐV" ]
                    limits:
                      rows: 5000
                    """);

            Campaign campaign = new CampaignLoader().load(job);
            assertThat(campaign.schedule()).isEqualTo("0 30 1 * * *");
        }

        @Test
        void aliasesGiveEachLabelItsOtherWords() throws IOException {
            Path job = write(JOB + """
                    aliases:
                      "Mã đơn vị": [ "Mã ĐV", "Mã số đơn vị" ]
                      "Tổng số người dự": Cộng
                    """);

            Campaign campaign = new CampaignLoader().load(job);

            assertThat(campaign.aliases().of("Mã đơn vị")).containsExactly("Mã ĐV", "Mã số đơn vị");
            assertThat(campaign.aliases().of("Tổng số người dự")).containsExactly("Cộng");
            assertThat(campaign.aliases().of("Mã cuộc")).isEmpty();
            assertThat(CampaignFingerprint.of(campaign))
                    .isNotEqualTo(CampaignFingerprint.of(new CampaignLoader().load(write(JOB))));
        }

        @Test
        void anAliasThatIsNoTextIsRefusedNamingItsLabel() throws IOException {
            Path job = write(JOB + """
                    aliases:
                      "Mã đơn vị": [ { ma: DV } ]
                    """);

            assertThat(refusal(job).getMessage()).contains("aliases.Mã đơn vị").contains("each alias must be a text");
        }

        @Test
        void theClosestKeyIgnoresCaseUnderscoresAndSpacesAndIsNotGuessedForAnotherWord() {
            assertThat(DefinitionKeys.closest("as_of", DefinitionKeys.TOP_LEVEL)).contains("as-of");
            assertThat(DefinitionKeys.closest("Cluster Form", DefinitionKeys.TOP_LEVEL)).contains("cluster-form");
            assertThat(DefinitionKeys.closest("low-rate-warnig", DefinitionKeys.TOP_LEVEL))
                    .contains("low-rate-warning");
            assertThat(DefinitionKeys.closest("totallabel", DefinitionKeys.GROUP)).contains("total-label");
            assertThat(DefinitionKeys.closest("idd", DefinitionKeys.TOP_LEVEL)).contains("id");
            assertThat(DefinitionKeys.closest("ky", DefinitionKeys.TOP_LEVEL)).isEmpty();
            assertThat(DefinitionKeys.closest("ten-don-vi", DefinitionKeys.TOP_LEVEL)).isEmpty();
        }
    }

    @Nested
    class MissingOrWrongValues {

        @Test
        void aMissingKey() throws IOException {
            Path job = write(JOB.replace("period: 2007-GD1\n", ""));

            InvalidCampaignException e = refusal(job);
            assertThat(e.key()).isEqualTo("period");
            assertThat(e.file()).isEqualTo(job);
            assertThat(e.getMessage()).isEqualTo(job + ": 'period': missing");
        }

        @Test
        void aKeyWithoutItsValue() throws IOException {
            Path job = write(JOB.replace("period: 2007-GD1", "period:"));

            assertThat(refusal(job).getMessage()).isEqualTo(job + ", line 4: 'period': no value");
        }

        @Test
        void aRegistryFileThatDoesNotExist() throws IOException {
            Path job = write(JOB.replace("units: units.csv", "units: don-vi.csv"));

            InvalidCampaignException e = refusal(job);
            assertThat(e.key()).isEqualTo("units");
            assertThat(e.getMessage()).startsWith(job + ", line 7: 'units': file not found: ").contains("don-vi.csv");
        }

        @Test
        void aRepeatedUnitCodeNamesTheRegistry() throws IOException {
            Path job = write(JOB, UNITS + "DV002,Sở Tài chính,no\n");

            InvalidCampaignException e = refusal(job);
            assertThat(e.file()).isEqualTo(folder.resolve("units.csv").toAbsolutePath());
            assertThat(e.getMessage()).endsWith("units.csv, line 5: 'code': duplicate unit code DV002");
        }

        @Test
        void noGroups() throws IOException {
            String noGroups = JOB.substring(0, JOB.indexOf("groups:")) + "groups: []\n"
                    + JOB.substring(JOB.indexOf("forms:"));

            assertThat(refusal(write(noGroups)).getMessage()).endsWith("job.yml, line 8: 'groups': at least one "
                    + "participant group is required");
        }

        @Test
        void aGroupWithoutItsLabel() throws IOException {
            Path job = write(JOB.replace("    attended-label: B dự\n", ""));

            InvalidCampaignException e = refusal(job);
            assertThat(e.key()).isEqualTo("groups[2].attended-label");
            assertThat(e.getMessage()).endsWith("job.yml: 'groups[2].attended-label': missing");
        }

        @Test
        void aGroupThatIsNotAMapping() throws IOException {
            Path job = write(JOB.replace("  - key: c\n", "  - c\n").replace("    name: Nhóm C\n", "")
                    .replace("    total-label: Tổng số C\n", "").replace("    attended-label: C dự\n", ""));

            assertThat(refusal(job).getMessage()).endsWith("job.yml, line 17: 'groups[3]': expected key, name, "
                    + "total-label and attended-label");
        }

        @Test
        void aDateThatIsNotADate() throws IOException {
            Path job = write(JOB.replace("deadline: \"2007-07-05\"", "deadline: 30/6/2007"));

            InvalidCampaignException e = refusal(job);
            assertThat(e.key()).isEqualTo("deadline");
            assertThat(e.getMessage()).endsWith("job.yml, line 6: 'deadline': '30/6/2007' is not a date yyyy-mm-dd");
        }

        @Test
        void aPercentOutOfRange() throws IOException {
            Path job = write(JOB.replace("low-rate-warning: 50", "low-rate-warning: 150"));

            assertThat(refusal(job).getMessage()).endsWith("job.yml, line 23: 'low-rate-warning': '150' is not a "
                    + "percent from 0 to 100");
        }
    }

    @Nested
    class ClusterForms {

        @Test
        void aFormThatStudiesInClustersNeedsTheKey() throws IOException {
            Path job = write(JOB.replace("cluster-form: Ghép cụm\n", ""));

            InvalidCampaignException e = refusal(job);
            assertThat(e.key()).isEqualTo("cluster-form");
            assertThat(e.getMessage()).isEqualTo(job + ": 'cluster-form': missing, but the form 'Ghép cụm' studies "
                    + "in clusters: write cluster-form: \"Ghép cụm\" so that its units give their cluster code, or "
                    + "cluster-form: none if no form studies in clusters");
        }

        @Test
        void withoutAFormThatNamesAClusterTheKeyMayBeLeftOut() throws IOException {
            Path job = write(JOB.replace("[ \"Tự tổ chức\", \"Ghép cụm\" ]", "[ \"Tập trung\", \"Trực tuyến\" ]")
                    .replace("cluster-form: Ghép cụm\n", ""));

            Campaign campaign = new CampaignLoader().load(job);
            assertThat(campaign.clusterForm()).isNull();
            assertThat(campaign.forms()).noneMatch(campaign::isClusterForm);
        }

        @Test
        void noneSaysThatNoFormStudiesInClusters() throws IOException {
            Path job = write(JOB.replace("cluster-form: Ghép cụm", "cluster-form: none"));

            Campaign campaign = new CampaignLoader().load(job);
            assertThat(campaign.clusterForm()).isNull();
            assertThat(campaign.isClusterForm("Ghép cụm")).isFalse();
        }

        @Test
        void theKeyMayDifferFromTheFormInCaseAndDiacritics() throws IOException {
            Path job = write(JOB.replace("cluster-form: Ghép cụm", "cluster-form: ghep  CUM"));

            assertThat(new CampaignLoader().load(job).clusterForm()).isEqualTo("Ghép cụm");
        }

        @Test
        void theKeyMustNameOneOfTheForms() throws IOException {
            Path job = write(JOB.replace("cluster-form: Ghép cụm", "cluster-form: Cụm"));

            assertThat(refusal(job).getMessage()).isEqualTo(job + ", line 22: 'cluster-form': 'Cụm' is not one of "
                    + "forms [Tự tổ chức, Ghép cụm] (write cluster-form: none if no form studies in clusters)");
        }

        @Test
        void whichFormNamesAreClusterForms() {
            assertThat(List.of("Ghép cụm", "Sinh hoạt theo CỤM", "ghep-cum", "Cluster meeting"))
                    .allMatch(ClusterForm::namesACluster);
            assertThat(List.of("Tự tổ chức", "Mời báo cáo viên cấp trên", "Tập trung", "Cumulative"))
                    .noneMatch(ClusterForm::namesACluster);
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
