package vn.tonghop.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The unit registry as Excel saves it under different regional settings, and the mistakes made in it. */
class UnitRegistryReaderTest {

    @TempDir
    Path folder;

    private final UnitRegistryReader reader = new UnitRegistryReader();

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(folder.resolve(name), bytes);
    }

    private Path writeUtf8(String text) throws IOException {
        return write("units.csv", text.getBytes(StandardCharsets.UTF_8));
    }

    private InvalidCampaignException refusal(Path registry) {
        return (InvalidCampaignException) assertThatThrownBy(() -> reader.read(registry))
                .isInstanceOf(InvalidCampaignException.class).actual();
    }

    @Nested
    class WhatExcelWrites {

        @Test
        void semicolonsAByteOrderMarkAndAQuotedNameWithACommaAndALineBreak() throws IOException {
            // Excel's "CSV UTF-8" under Vietnamese regional settings; the name was typed with Alt+Enter in its cell
            Path registry = writeUtf8("\uFEFFcode;name;pilot\r\n"
                    + "DV001;Văn phòng Tỉnh ủy;có\r\n"
                    + "DV002;\"Công ty Cổ phần Lương thực,\r\nTP Vĩnh Long\";không\r\n"
                    + "DV003;\"Trường Chính trị \"\"Phạm Hùng\"\"\";Yes\r\n"
                    + ";;\r\n"
                    + "DV004;Sở Y tế;NO\r\n");

            assertThat(reader.read(registry)).containsExactly(
                    new ReportingUnit("DV001", "Văn phòng Tỉnh ủy", true),
                    new ReportingUnit("DV002", "Công ty Cổ phần Lương thực, TP Vĩnh Long", false),
                    new ReportingUnit("DV003", "Trường Chính trị \"Phạm Hùng\"", true),
                    new ReportingUnit("DV004", "Sở Y tế", false));
        }

        @Test
        void commasWithColumnsInAnyOrderAndCaseAndOtherColumnsIgnored() throws IOException {
            Path registry = writeUtf8("""
                    Pilot,Ghi chú,NAME,Code
                    yes,thí điểm,"Ban Tổ chức, Tỉnh ủy",DV010

                    khong,,Sở Tài chính,DV011
                    """);

            assertThat(reader.read(registry)).containsExactly(
                    new ReportingUnit("DV010", "Ban Tổ chức, Tỉnh ủy", true),
                    new ReportingUnit("DV011", "Sở Tài chính", false));
        }

        @Test
        void withoutAPilotColumnNoUnitIsAPilot() throws IOException {
            Path registry = writeUtf8("code,name\nDV001,Văn phòng Tỉnh ủy\nDV002,Ban Tổ chức Tỉnh ủy\n");

            assertThat(reader.read(registry)).extracting(ReportingUnit::pilot).containsExactly(false, false);
        }

        @Test
        void aPilotValueInDecomposedUnicodeIsReadLikeItsComposedForm() throws IOException {
            Path registry = writeUtf8("code,name,pilot\nDV001,A," + Normalizer.normalize("Có", Normalizer.Form.NFD)
                    + "\nDV002,B," + Normalizer.normalize("KHÔNG", Normalizer.Form.NFD) + "\n");

            assertThat(reader.read(registry)).extracting(ReportingUnit::pilot).containsExactly(true, false);
        }
    }

    @Nested
    class RefusesAnEncodingOtherThanUtf8 {

        /** Lines 2 to 6 are plain ASCII, so the first byte that is not UTF-8 is on line 7. */
        private static final String REGISTRY = """
                code;name;pilot
                DV001;Van phong Tinh uy;yes
                DV002;Ban To chuc Tinh uy;no
                DV003;Uy ban Kiem tra Tinh uy;no
                DV004;Ban Tuyen giao Tinh uy;no
                DV005;Ban Dan van Tinh uy;no
                DV006;Sở Y tế;không
                """;

        @Test
        void windows1258AsExcelsPlainCsvWritesItWithVietnameseSettings() throws IOException {
            Path registry = write("don-vi.csv", windows1258(REGISTRY));

            InvalidCampaignException e = refusal(registry);
            assertThat(e.file()).isEqualTo(registry);
            assertThat(e.line()).isEqualTo(7);
            assertThat(e.getMessage()).startsWith(registry + ", line 7: ")
                    .contains("not UTF-8 (byte 0xF5)", "Windows-1258", "save it as 'CSV UTF-8 (Comma delimited)'");
        }

        @Test
        void windows1252() throws IOException {
            Path registry = write("units.csv", "code,name,pilot\nDV001,Café Thống Nhất,no\n"
                    .replace("Thống Nhất", "Thong Nhat").getBytes(Charset.forName("windows-1252")));

            InvalidCampaignException e = refusal(registry);
            assertThat(e.getMessage()).contains("units.csv, line 2: ", "not UTF-8 (byte 0xE9)");
        }

        @Test
        void utf16AsExcelsUnicodeTextWritesIt() throws IOException {
            byte[] text = "code\tname\tpilot\r\nDV001\tSở Y tế\tyes\r\n".getBytes(StandardCharsets.UTF_16LE);
            byte[] withMark = new byte[text.length + 2];
            withMark[0] = (byte) 0xFF;
            withMark[1] = (byte) 0xFE;
            System.arraycopy(text, 0, withMark, 2, text.length);
            Path registry = write("units.csv", withMark);

            assertThat(refusal(registry).getMessage()).contains("units.csv, line 1: ", "UTF-16", "not UTF-8",
                    "CSV UTF-8");
        }

        /** The bytes Excel writes in code page 1258: base letters with horn, breve or hat, then the tone mark. */
        private static byte[] windows1258(String text) {
            String tones = "\u0300\u0301\u0303\u0309\u0323";
            StringBuilder written = new StringBuilder();
            for (char c : Normalizer.normalize(text, Normalizer.Form.NFC).toCharArray()) {
                StringBuilder base = new StringBuilder();
                StringBuilder tone = new StringBuilder();
                for (char part : Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).toCharArray()) {
                    (tones.indexOf(part) >= 0 ? tone : base).append(part);
                }
                written.append(Normalizer.normalize(base, Normalizer.Form.NFC)).append(tone);
            }
            byte[] bytes = written.toString().getBytes(Charset.forName("windows-1258"));
            assertThat(new String(bytes, Charset.forName("windows-1258"))).doesNotContain("?");
            return bytes;
        }
    }

    @Nested
    class RefusesAPilotValue {

        @Test
        void thatIsLeftEmpty() throws IOException {
            Path registry = writeUtf8("code,name,pilot\nDV001,Văn phòng Tỉnh ủy,yes\nDV002,Ban Tổ chức Tỉnh ủy,\n");

            InvalidCampaignException e = refusal(registry);
            assertThat(e.key()).isEqualTo("pilot");
            assertThat(e.getMessage()).isEqualTo(registry + ", line 3: 'pilot': no value; write one of yes, no, "
                    + "có, không");
        }

        @Test
        void thatIsNeitherYesNorNo() throws IOException {
            Path registry = writeUtf8("code;name;pilot\nDV001;Văn phòng Tỉnh ủy;x\n");

            assertThat(refusal(registry).getMessage()).isEqualTo(registry + ", line 2: 'pilot': 'x' is not a pilot "
                    + "value; write one of yes, no, có, không");
        }

        @Test
        void onTheLineItIsOnAfterANameSpanningTwoLines() throws IOException {
            Path registry = writeUtf8("code,name,pilot\nDV001,\"Văn phòng\nTỉnh ủy\",yes\n\nDV002,Sở Y tế,thí điểm\n");

            InvalidCampaignException e = refusal(registry);
            assertThat(e.line()).isEqualTo(5);
            assertThat(e.getMessage()).contains("'thí điểm' is not a pilot value");
        }
    }

    @Nested
    class RefusesTheLayout {

        @Test
        void whenAColumnIsMissingNamingWhatTheHeaderHolds() throws IOException {
            Path registry = writeUtf8("code,ten,pilot\nDV001,Văn phòng Tỉnh ủy,yes\n");

            InvalidCampaignException e = refusal(registry);
            assertThat(e.key()).isEqualTo("name");
            assertThat(e.getMessage()).startsWith(registry + ", line 1: 'name': missing column")
                    .contains("[code, ten, pilot]", "separated by ',' or ';'");
        }

        @Test
        void whenAQuoteIsNotClosed() throws IOException {
            Path registry = writeUtf8("code,name,pilot\nDV001,Văn phòng Tỉnh ủy,yes\nDV002,\"Ban Tổ chức,no\n"
                    + "DV003,Sở Y tế,no\n");

            InvalidCampaignException e = refusal(registry);
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.getMessage()).contains("units.csv, line 3: ", "a quoted field is not closed");
        }

        @Test
        void whenAQuotedFieldIsFollowedByMoreText() throws IOException {
            Path registry = writeUtf8("code;name;pilot\nDV001;\"Trường\" Chính trị;yes\n");

            assertThat(refusal(registry).getMessage()).isEqualTo(registry + ", line 2: text after the closing '\"' "
                    + "of a quoted field: quote the whole field and double each '\"' inside it");
        }

        @Test
        void whenANameHoldsTheSeparatorWithoutQuotes() throws IOException {
            Path registry = writeUtf8("code,name,pilot\nDV001,Văn phòng Tỉnh ủy,yes\n"
                    + "DV002,Công ty Lương thực, TP Vĩnh Long,no\n");

            assertThat(refusal(registry).getMessage()).isEqualTo(registry + ", line 3: 4 values where the header "
                    + "has 3 columns: a name that holds ',' must be in quotes (\"…\")");
        }

        @Test
        void whenAUnitCodeIsRepeatedOrEmpty() throws IOException {
            Path repeated = writeUtf8("code;name;pilot\nDV001;A;yes\nDV002;B;no\nDV001;C;no\n");
            assertThat(refusal(repeated).getMessage()).isEqualTo(repeated + ", line 4: 'code': duplicate unit code "
                    + "DV001");

            Path empty = writeUtf8("code;name;pilot\nDV001;A;yes\n ;B;no\n");
            assertThat(refusal(empty).getMessage()).isEqualTo(empty + ", line 3: 'code': the unit code is empty");
        }

        @Test
        void whenItListsNoUnit() throws IOException {
            Path registry = writeUtf8("\uFEFFcode;name;pilot\r\n;;\r\n");

            assertThat(refusal(registry).getMessage()).isEqualTo(registry + ": the unit registry lists no unit");
        }
    }

    @Test
    void aCampaignIndexesItsUnitsOnceAndFindsThemByCode() throws IOException {
        List<ReportingUnit> units = reader.read(writeUtf8("code,name,pilot\nDV001,A,yes\nDV002,B,no\n"));
        Campaign campaign = new Campaign(folder.resolve("job.yml"), "x", "T", null, "P", null, null, List.of(),
                List.of("F"), null, null, units, CampaignLoader.DEFAULT_SCHEDULE);

        assertThat(campaign.unit("DV002")).contains(new ReportingUnit("DV002", "B", false));
        assertThat(campaign.unit("DV003")).isEmpty();
        assertThat(campaign.unitsByCode()).containsOnlyKeys("DV001", "DV002").isSameAs(campaign.unitsByCode());
        assertThat(campaign.units()).isEqualTo(units).hasToString(units.toString());
    }
}
