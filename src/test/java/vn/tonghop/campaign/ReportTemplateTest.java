package vn.tonghop.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code report:} block of job.yml as CampaignLoader reads it, and the mistakes it refuses. */
class ReportTemplateTest {

    private static final String JOB = """
            id: thu
            title: Sơ kết
            organisation: Đảng ủy Khối
            period: 2007-GD1
            as-of: 2007-06-30
            deadline: 2007-06-30
            units: units.csv
            groups:
              - key: dv
                name: Đảng viên
                total-label: Tổng số đảng viên
                attended-label: Đảng viên dự
            forms: [ "Tự tổ chức" ]
            """;

    @TempDir
    Path folder;

    private Campaign load(String report) throws IOException {
        Files.writeString(folder.resolve("units.csv"), "code,name,pilot\nDV001,Văn phòng,no\n", StandardCharsets.UTF_8);
        Path job = Files.writeString(folder.resolve("job.yml"), JOB + report, StandardCharsets.UTF_8);
        return new CampaignLoader().load(job);
    }

    @Test
    void readsEveryKeyOfTheBlock() throws IOException {
        ReportTemplate report = load("""
                report:
                  superior: Đảng bộ tỉnh
                  issuer: Đảng ủy Khối
                  number: "Số    -BC/ĐUK"
                  place: Vĩnh Long
                  date: 2007-07-10
                  date-format: dd.MM.yyyy
                  sentence:
                    vi: "Đến ngày {as-of}: {dv.attended} {dv.name}, {dv.rate}."
                    en: "By {as-of}: {groups}."
                  recipients: [ "Ban Thường vụ Tỉnh ủy (để báo cáo)", "Lưu" ]
                  signature:
                    on-behalf-of: T/M BAN THƯỜNG VỤ
                    title: PHÓ BÍ THƯ
                    name: Nguyễn Văn An
                """).report();

        assertThat(report.superior()).isEqualTo("Đảng bộ tỉnh");
        assertThat(report.issuer()).isEqualTo("Đảng ủy Khối");
        assertThat(report.number()).isEqualTo("Số    -BC/ĐUK");
        assertThat(report.place()).isEqualTo("Vĩnh Long");
        assertThat(report.date()).isEqualTo(LocalDate.of(2007, 7, 10));
        assertThat(report.dateFormat()).isEqualTo("dd.MM.yyyy");
        assertThat(report.recipients()).containsExactly("Ban Thường vụ Tỉnh ủy (để báo cáo)", "Lưu");
        assertThat(report.signature()).isEqualTo(new ReportTemplate.Signature("T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ",
                "Nguyễn Văn An"));
        Map<String, String> values = new HashMap<>(Map.of("as-of", "30.06.2007", "dv.attended", "12",
                "dv.name", "Đảng viên", "dv.rate", "92,31%", "groups", "12 đảng viên"));
        assertThat(report.sentence(Locale.forLanguageTag("vi")).orElseThrow().fill(values))
                .isEqualTo("Đến ngày 30.06.2007: 12 Đảng viên, 92,31%.");
        assertThat(report.sentence(Locale.ENGLISH).orElseThrow().fill(values)).isEqualTo("By 30.06.2007: 12 đảng viên.");
    }

    @Test
    void aSingleSentenceIsVietnameseAndEveryOtherKeyHasItsDefault() throws IOException {
        ReportTemplate report = load("""
                report:
                  sentence: "Có {units-reported}/{units-expected} đơn vị."
                """).report();

        assertThat(report.sentence(Locale.forLanguageTag("vi"))).isPresent();
        assertThat(report.sentence(Locale.ENGLISH)).isEmpty();
        assertThat(report.dateFormat()).isEqualTo("d/M/yyyy");
        assertThat(report.date()).isNull();
        assertThat(report.recipients()).isEmpty();
    }

    @Test
    void withoutTheBlockTheDateIsWrittenAsTheCommitteeWritesIt() throws IOException {
        ReportTemplate report = load("").report();

        assertThat(report).isEqualTo(ReportTemplate.NONE);
        assertThat(report.sentence(Locale.forLanguageTag("vi"))).isEmpty();
        // day and month without leading zeros
        assertThat(LocalDate.of(2007, 6, 30).format(java.time.format.DateTimeFormatter.ofPattern(report.dateFormat())))
                .isEqualTo("30/6/2007");
        assertThat(LocalDate.of(2007, 7, 5).format(java.time.format.DateTimeFormatter.ofPattern(report.dateFormat())))
                .isEqualTo("5/7/2007");
    }

    @Test
    void anUnknownPlaceholderStopsTheRunNamingItAndTheKnownOnes() {
        assertThatThrownBy(() -> load("""
                report:
                  sentence: "Có {units-reported} đơn vị, {quan-chung.rate}."
                """))
                .isInstanceOf(InvalidCampaignException.class)
                .hasMessageContaining("job.yml: 'report.sentence': unknown placeholder {quan-chung.rate}")
                .hasMessageContaining("{dv.rate}")
                .hasMessageContaining("{as-of}");
        assertThatThrownBy(() -> load("""
                report:
                  sentence:
                    en: "By {as-of, {sessions} sessions."
                """))
                .isInstanceOf(InvalidCampaignException.class)
                .hasMessageContaining("'report.sentence.en': a '{' or '}' without its pair");
    }

    @Test
    void aMistypedKeyOrValueIsNamed() {
        assertThatThrownBy(() -> load("report:\n  recipient: [ Lưu ]\n"))
                .isInstanceOf(InvalidCampaignException.class)
                .hasMessageContaining("'report.recipient': unknown key; known: [superior, issuer, number, place,");
        assertThatThrownBy(() -> load("report:\n  signature:\n    ten: Nguyễn Văn An\n"))
                .hasMessageContaining("'report.signature.ten': unknown key; known: [on-behalf-of, title, name]");
        assertThatThrownBy(() -> load("report:\n  date-format: ngày dd\n"))
                .hasMessageContaining("'report.date-format': 'ngày dd' is not a date pattern such as d/M/yyyy");
        assertThatThrownBy(() -> load("report:\n  date: 10/7/2007\n"))
                .hasMessageContaining("'report.date': '10/7/2007' is not a date yyyy-mm-dd");
        assertThatThrownBy(() -> load("report:\n  sentence:\n    fr: Au {as-of}\n"))
                .hasMessageContaining("'report.sentence.fr': unknown key; known: [vi, en]");
        assertThatThrownBy(() -> load("report: Vĩnh Long\n"))
                .hasMessageContaining("'report': expected 'key: value' lines");
    }
}
