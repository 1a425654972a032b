package vn.tonghop.report.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import vn.tonghop.campaign.Campaign;
import vn.tonghop.campaign.CampaignLoader;
import vn.tonghop.campaign.ParticipantGroup;
import vn.tonghop.campaign.ReportingUnit;
import vn.tonghop.consolidation.Consolidation;
import vn.tonghop.consolidation.Figures;
import vn.tonghop.consolidation.GroupFigures;
import vn.tonghop.consolidation.UnitLine;
import vn.tonghop.consolidation.UnitStatus;
import vn.tonghop.fixtures.SampleGenerator;
import vn.tonghop.report.OutputContents;
import vn.tonghop.staging.FileCounts;
import vn.tonghop.vocabulary.OutputTexts;
import vn.tonghop.vocabulary.Rates;

/** bao-cao.docx written from hand-made runs and read back with POI. */
class DraftReportWriterTest {

    private static final Path SAMPLE_JOB = Path.of("jobs/hoc-tap-2007-gd1/job.yml");
    private static final String SAMPLE_SENTENCE = "Đến ngày 30/6/2007 có 85/87 tổ chức cơ sở đảng trực thuộc tổ chức "
            + "được 81 cuộc, có 8.602 người dự (trong đó cán bộ chủ chốt và đảng viên 2.488, đạt tỷ lệ 97,23% và "
            + "6.114 quần chúng, công đoàn viên, hội viên, đạt tỷ lệ 98,23%).";
    private static final String RESULTS = "I. KẾT QUẢ TỔ CHỨC HỌC TẬP";
    /** Midday UTC: the same calendar day in every time zone the test may run in. */
    private static final Instant RUN_STARTED = Instant.parse("2008-03-31T12:00:00Z");

    @TempDir
    Path folder;

    private DraftReadBack write(OutputContents result, Locale language) throws Exception {
        Path file = folder.resolve("bao-cao-" + language.getLanguage() + ".docx");
        new DraftReportWriter(new OutputTexts(language)).write(result.campaign(), result.consolidation(),
                result.startedAt(), file);
        return DraftReadBack.read(file);
    }

    /** Figures of a set of units with the sample's two groups: cadres attended/total, masses attended/total. */
    private static Figures twoGroups(int units, long sessions, long cadres, long cadresTotal, long masses,
                                     long massesTotal) {
        return new Figures(units, units, sessions, cadres + masses, List.of(
                new GroupFigures(SampleGenerator.CADRES, "Cán bộ chủ chốt và đảng viên", cadres, cadresTotal,
                        Rates.percent(cadres, cadresTotal)),
                new GroupFigures(SampleGenerator.MASSES, "Quần chúng, công đoàn viên, hội viên", masses, massesTotal,
                        Rates.percent(masses, massesTotal))));
    }

    /** The sample's overall figures, split over its forms; three pilot units, DV053 silent and DV079 rejected. */
    private static OutputContents sampleRun(Campaign campaign) {
        Map<String, Figures> byForm = new LinkedHashMap<>();
        byForm.put("Tự tổ chức", twoGroups(44, 49, 1_296, 1_333, 3_202, 3_255));
        byForm.put("Mời báo cáo viên cấp trên", twoGroups(23, 27, 697, 715, 2_086, 2_117));
        byForm.put("Ghép cụm", twoGroups(18, 5, 495, 511, 826, 852));
        Map<String, Figures> pilots = Map.of(
                "DV001", twoGroups(1, 2, 42, 42, 65, 66),
                "DV013", twoGroups(1, 2, 42, 42, 78, 78),
                "DV074", twoGroups(1, 2, 10, 11, 20, 22));
        List<UnitLine> lines = new ArrayList<>();
        for (ReportingUnit unit : campaign.units()) {
            UnitStatus status = switch (unit.code()) {
                case "DV053" -> UnitStatus.NOT_REPORTED;
                case "DV079" -> UnitStatus.REJECTED;
                default -> UnitStatus.REPORTED;
            };
            lines.add(new UnitLine(unit, status, null, null, null, null, null, null, null, pilots.get(unit.code())));
        }
        Consolidation consolidation = new Consolidation(SampleGenerator.expectedFigures(), byForm,
                twoGroups(3, 6, 94, 95, 163, 166), List.of(), lines);
        return run(campaign, consolidation);
    }

    private static OutputContents run(Campaign campaign, Consolidation consolidation) {
        return new OutputContents(campaign, "20080331-190000", RUN_STARTED, new FileCounts(0, 0, 0, 0, 0, 0),
                consolidation, List.of(), Map.of(), List.of());
    }

    @Test
    void withoutATemplateTheSentenceIsTheCommitteesWording() throws Exception {
        DraftReadBack draft = write(sampleRun(SampleGenerator.campaign()), OutputTexts.VIETNAMESE);

        assertThat(draft.after(RESULTS)).isEqualTo(SAMPLE_SENTENCE);
    }

    @Test
    void theShippedJobDefinitionGivesHeadingTitleSentenceRecipientsAndSignature() throws Exception {
        Campaign campaign = new CampaignLoader().load(SAMPLE_JOB);
        DraftReadBack draft = write(sampleRun(campaign), OutputTexts.VIETNAMESE);

        assertThat(draft.heading()).containsExactly(List.of(
                "ĐẢNG BỘ TỈNH VĨNH LONG\nĐẢNG ỦY KHỐI CƠ QUAN TỈNH\n*\nSố        -BC/ĐUK",
                "ĐẢNG CỘNG SẢN VIỆT NAM\n\n\nVĩnh Long, ngày 10 tháng 7 năm 2007"));
        assertThat(draft.paragraphs()).startsWith("BÁO CÁO", campaign.title(), RESULTS, SAMPLE_SENTENCE);
        assertThat(draft.closing()).containsExactly(List.of(
                """
                        Nơi nhận:
                        - Ban Thường vụ Tỉnh ủy (để báo cáo),
                        - Ban Tuyên giáo Tỉnh ủy (để báo cáo),
                        - Các tổ chức cơ sở đảng trực thuộc,
                        - Lưu Văn phòng Đảng ủy Khối.""",
                "T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ THƯỜNG TRỰC\n\n\n\n\nNguyễn Văn An"));
    }

    @Test
    void tablesGiveTheFormsAndThePilotUnitsAndTheMissingUnitsAreNamed() throws Exception {
        DraftReadBack draft = write(sampleRun(new CampaignLoader().load(SAMPLE_JOB)), OutputTexts.VIETNAMESE);

        List<List<String>> byForm = draft.tables().get(1);
        assertThat(byForm.get(0)).containsExactly("Hình thức tổ chức", "Số đơn vị", "Số cuộc", "Số người dự",
                "Cán bộ chủ chốt và đảng viên", "Quần chúng, công đoàn viên, hội viên");
        assertThat(byForm.get(1)).containsExactly("", "", "", "", "Số dự", "Tỷ lệ", "Số dự", "Tỷ lệ");
        assertThat(byForm.subList(2, byForm.size())).containsExactly(
                List.of("Tự tổ chức", "44", "49", "4.498", "1.296", "97,22%", "3.202", "98,37%"),
                List.of("Mời báo cáo viên cấp trên", "23", "27", "2.783", "697", "97,48%", "2.086", "98,54%"),
                List.of("Ghép cụm", "18", "5", "1.321", "495", "96,87%", "826", "96,95%"),
                List.of("Cộng", "85", "81", "8.602", "2.488", "97,23%", "6.114", "98,23%"));

        List<List<String>> pilots = draft.tables().get(2);
        assertThat(pilots.get(0)).startsWith("STT", "Đơn vị", "Số cuộc", "Số người dự");
        assertThat(pilots.subList(2, pilots.size())).containsExactly(
                List.of("1", "Văn phòng Tỉnh ủy", "2", "107", "42", "100,00%", "65", "98,48%"),
                List.of("2", "Sở Xây dựng", "2", "120", "42", "100,00%", "78", "100,00%"),
                List.of("3", "Công ty Cổ phần Lương thực TP Vĩnh Long", "2", "30", "10", "90,91%", "20", "90,91%"),
                List.of("", "Cộng", "6", "257", "94", "98,95%", "163", "98,19%"));

        assertThat(draft.paragraphs()).containsSubsequence("3. Các đơn vị chưa báo cáo",
                "Có 2 đơn vị chưa có báo cáo được tính vào số liệu:",
                "- Bệnh viện Tâm thần (DV053): chưa gửi báo cáo.",
                "- Công ty Cổ phần Vật liệu Xây dựng Vĩnh Long (DV079): báo cáo đã gửi có lỗi, đã trả lại để đơn vị "
                        + "sửa và gửi lại.");
    }

    @Test
    void aTemplateMayNameEveryFigureAndChooseTheDateFormat() throws Exception {
        String sample = Files.readString(SAMPLE_JOB, StandardCharsets.UTF_8);
        Files.copy(SAMPLE_JOB.resolveSibling("units.csv"), folder.resolve("units.csv"));
        Path job = Files.writeString(folder.resolve("job.yml"), sample.substring(0, sample.indexOf("report:")) + """
                report:
                  date-format: dd/MM/yyyy
                  sentence: >-
                    Kỳ {period}, đến {as-of}: {units-missing} đơn vị chưa báo cáo; {groups}; {can-bo-dang-vien.name}
                    {can-bo-dang-vien.attended}/{can-bo-dang-vien.total} ({can-bo-dang-vien.rate}).
                """, StandardCharsets.UTF_8);

        DraftReadBack draft = write(sampleRun(new CampaignLoader().load(job)), OutputTexts.VIETNAMESE);

        assertThat(draft.after(RESULTS)).isEqualTo("Kỳ 2007-GD1, đến 30/06/2007: 2 đơn vị chưa báo cáo; cán bộ chủ "
                + "chốt và đảng viên 2.488, đạt tỷ lệ 97,23% và 6.114 quần chúng, công đoàn viên, hội viên, đạt tỷ lệ "
                + "98,23%; Cán bộ chủ chốt và đảng viên 2.488/2.559 (97,23%).");
    }

    @Test
    void anyNumberOfGroupsAndAJobWithoutAReportBlock() throws Exception {
        List<ParticipantGroup> groups = List.of(
                new ParticipantGroup("dv", "Đảng viên", "Tổng số đảng viên", "Đảng viên dự"),
                new ParticipantGroup("dt", "Đoàn viên", "Tổng số đoàn viên", "Đoàn viên dự"),
                new ParticipantGroup("cb", "Cựu chiến binh", "Tổng số cựu chiến binh", "Cựu chiến binh dự"));
        ReportingUnit a = new ReportingUnit("A", "Chi bộ A", true);
        ReportingUnit b = new ReportingUnit("B", "Chi bộ B", true);
        Campaign campaign = new Campaign(Path.of("job.yml"), "thu", "Học tập nghị quyết", "Đảng ủy xã Tân Hòa",
                "2008-Q1", LocalDate.of(2008, 3, 5), LocalDate.of(2008, 3, 31), groups, List.of("Tập trung"), null,
                BigDecimal.valueOf(50), List.of(a, b), "0 0 2 * * *");
        Figures figures = new Figures(1, 2, 3, 1_234 + 56 + 0, List.of(
                new GroupFigures("dv", "Đảng viên", 1_234, 1_300, Rates.percent(1_234, 1_300)),
                new GroupFigures("dt", "Đoàn viên", 56, 70, Rates.percent(56, 70)),
                new GroupFigures("cb", "Cựu chiến binh", 0, 0, null)));
        Consolidation consolidation = new Consolidation(figures, Map.of("Tập trung", figures), figures, List.of(),
                List.of(new UnitLine(a, UnitStatus.REPORTED, null, null, null, null, null, null, null, figures),
                        new UnitLine(b, UnitStatus.NOT_REPORTED, null, null, null, null, null, null, null, null)));

        DraftReadBack draft = write(run(campaign, consolidation), OutputTexts.VIETNAMESE);

        assertThat(draft.after(RESULTS)).isEqualTo("Đến ngày 5/3/2008 có 1/2 tổ chức cơ sở đảng trực thuộc tổ chức "
                + "được 3 cuộc, có 1.290 người dự (trong đó đảng viên 1.234, đạt tỷ lệ 94,92%; 56 đoàn viên, đạt tỷ "
                + "lệ 80,00% và 0 cựu chiến binh, đạt tỷ lệ —).");
        // no report: block: the organisation heads the document, number and place are left for the clerk
        assertThat(draft.heading()).containsExactly(List.of("ĐẢNG ỦY XÃ TÂN HÒA\n*\nSố        -BC",
                "ĐẢNG CỘNG SẢN VIỆT NAM\n\n…………, ngày 31 tháng 3 năm 2008"));
        assertThat(draft.tables().get(1).get(0)).containsExactly("Hình thức tổ chức", "Số đơn vị", "Số cuộc",
                "Số người dự", "Đảng viên", "Đoàn viên", "Cựu chiến binh");
        assertThat(draft.tables().get(2).get(3))
                .containsExactly("2", "Chi bộ B (chưa có báo cáo)", "—", "—", "—", "—", "—", "—", "—", "—");
        assertThat(draft.paragraphs()).contains("- Chi bộ B (B): chưa gửi báo cáo.");
        assertThat(draft.closing()).containsExactly(List.of("Nơi nhận:\n- Lưu Văn phòng.",
                "T/M BAN THƯỜNG VỤ\nBÍ THƯ\n\n\n\n"));
    }

    @Test
    void inEnglishEveryLabelAndTheSentenceAreEnglish() throws Exception {
        DraftReadBack draft = write(sampleRun(new CampaignLoader().load(SAMPLE_JOB)), Locale.ENGLISH);

        assertThat(draft.heading().get(0).get(1)).isEqualTo("COMMUNIST PARTY OF VIETNAM\n\n\nVĩnh Long, 10 July 2007");
        assertThat(draft.paragraphs()).startsWith("REPORT");
        // the job's sentence is Vietnamese: the English draft takes the bundle's wording
        assertThat(draft.after("I. RESULTS OF THE STUDY SESSIONS")).isEqualTo("By 30/6/2007, 85/87 affiliated "
                + "grassroots party organisations had held 81 sessions attended by 8,602 people (Cán bộ chủ chốt và "
                + "đảng viên: 2,488, a rate of 97.23%; and Quần chúng, công đoàn viên, hội viên: 6,114, a rate of "
                + "98.23%).");
        assertThat(draft.tables().get(1).get(5))
                .containsExactly("Total", "85", "81", "8,602", "2,488", "97.23%", "6,114", "98.23%");
        assertThat(draft.paragraphs()).contains("- Bệnh viện Tâm thần (DV053): has sent no report.");
        assertThat(draft.closing().get(0).get(0)).startsWith("Recipients:\n- Ban Thường vụ Tỉnh ủy (để báo cáo),");
    }

    @Test
    void theDocumentIsA4InTimesNewRoman() throws Exception {
        DraftReadBack draft = write(sampleRun(new CampaignLoader().load(SAMPLE_JOB)), OutputTexts.VIETNAMESE);

        CTSectPr section = draft.document().getDocument().getBody().getSectPr();
        assertThat(section.getPgSz().getW()).hasToString("11906");
        assertThat(section.getPgSz().getH()).hasToString("16838");
        assertThat(section.getPgMar().getLeft()).hasToString("1701");
        for (XWPFParagraph paragraph : draft.document().getParagraphs()) {
            for (XWPFRun run : paragraph.getRuns()) {
                assertThat(run.getFontFamily()).isEqualTo("Times New Roman");
                assertThat(run.getFontSizeAsDouble()).isBetween(13.0, 16.0);
            }
        }
        XWPFParagraph sentence = draft.document().getParagraphs().stream()
                .filter(p -> p.getText().equals(SAMPLE_SENTENCE)).findFirst().orElseThrow();
        assertThat(sentence.getRuns().get(0).getFontSizeAsDouble()).isEqualTo(14.0);
        assertThat(sentence.getAlignment()).hasToString("BOTH");
        assertThat(sentence.getFirstLineIndent()).isPositive();
    }
}
