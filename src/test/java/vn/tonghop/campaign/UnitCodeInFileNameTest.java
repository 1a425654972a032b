package vn.tonghop.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which registry unit a file name speaks of. */
class UnitCodeInFileNameTest {

    private static final List<String> CODES = List.of("DV005", "DV053", "DV053-A", "CB", "TV01", "TV10");

    @Test
    void aCodeIsFoundAsAWholeWordWhateverTheCaseAndTheSeparators() {
        assertThat(UnitCodeInFileName.find("DV053-Dang-uy-Khoi.ods", CODES)).contains("DV053");
        assertThat(UnitCodeInFileName.find("bao cao dv053.xlsx", CODES)).contains("DV053");
        assertThat(UnitCodeInFileName.find("BaoCao_DV005 (2).xls", CODES)).contains("DV005");
        assertThat(UnitCodeInFileName.find("thang-6/DV005/bao-cao.xlsx", CODES)).contains("DV005");
        assertThat(UnitCodeInFileName.find("Báo cáo TV10.xlsx", CODES)).contains("TV10");
    }

    @Test
    void aCodeInsideALongerWordIsNoMatch() {
        assertThat(UnitCodeInFileName.find("DV0530.xlsx", CODES)).isEmpty();
        assertThat(UnitCodeInFileName.find("XDV005.xlsx", CODES)).isEmpty();
        assertThat(UnitCodeInFileName.find("Cong-van-CBTV.pdf", CODES)).isEmpty();
        assertThat(UnitCodeInFileName.find("TV011.xlsx", CODES)).isEmpty();
    }

    @Test
    void theLongestCodeNamedWinsAndTwoCodesOfOneLengthAreNoAnswer() {
        assertThat(UnitCodeInFileName.find("DV053-A bao cao.xlsx", CODES)).contains("DV053-A");
        assertThat(UnitCodeInFileName.find("DV005 va DV053.xlsx", CODES)).isEmpty();
        assertThat(UnitCodeInFileName.find("TV01-TV10.xlsx", CODES)).isEmpty();
    }

    @Test
    void aNameWithoutAnyCodeIsNoAnswer() {
        assertThat(UnitCodeInFileName.find("bao-cao-tong-hop.xlsx", CODES)).isEmpty();
    }
}
