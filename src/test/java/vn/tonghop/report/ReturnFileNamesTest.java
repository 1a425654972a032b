package vn.tonghop.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ReturnFileNamesTest {

    final ReturnFileNames names = new ReturnFileNames();

    @Test
    void unitCodesAndFileNamesBecomePlainAsciiNames() {
        assertThat(names.claim("DV001")).isEqualTo("DV001.xlsx");
        assertThat(names.claim("thang-6/Báo cáo Đảng ủy.xlsx")).isEqualTo("thang-6-Bao-cao-Dang-uy.xlsx");
    }

    @Test
    void aCodeInOtherScriptsGivesAVisibleName() {
        assertThat(names.claim("ДВ001")).isEqualTo("001.xlsx");
        assertThat(names.claim("党委")).isEqualTo("tep.xlsx");
        assertThat(names.claim(".xlsx")).isEqualTo("xlsx.xlsx");
        assertThat(names.claim("...")).isEqualTo("tep-2.xlsx");
    }

    @Test
    void twoRecipientsNeverShareAName() {
        assertThat(names.claim("DV 001")).isEqualTo("DV-001.xlsx");
        assertThat(names.claim("DV-001")).isEqualTo("DV-001-2.xlsx");
        assertThat(names.claim("dv-001.xls")).isEqualTo("dv-001-3.xlsx");
        assertThat(names.claim("DV001")).isEqualTo("DV001.xlsx");
    }

    @Test
    void aLongNameIsCutAndStaysDistinct() {
        String longName = "a".repeat(250) + ".xlsx";
        String first = names.claim(longName);
        String second = names.claim("a".repeat(249) + "b.xlsx");

        assertThat(first).isEqualTo("a".repeat(ReturnFileNames.MAX_BASE_LENGTH) + ".xlsx");
        assertThat(second).isEqualTo("a".repeat(ReturnFileNames.MAX_BASE_LENGTH) + "-2.xlsx");
        assertThat(second.getBytes(StandardCharsets.UTF_8).length).isLessThan(100);
    }
}
