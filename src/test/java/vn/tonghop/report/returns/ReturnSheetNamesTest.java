package vn.tonghop.report.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.poi.ss.util.WorkbookUtil;
import org.junit.jupiter.api.Test;

class ReturnSheetNamesTest {

    @Test
    void aTakenNameGetsANumberAndEveryNameFitsExcelsLimit() {
        SheetNames names = new SheetNames();
        String longName = "Báo cáo kết quả học tập giai đoạn I";

        List<String> given = List.of(names.claim("Báo cáo"), names.claim("BÁO CÁO"), names.claim("Báo cáo"),
                names.claim(longName), names.claim(longName), names.claim("Số liệu [6/2007]: tổng*?"));

        assertThat(given).containsExactly("Báo cáo", "BÁO CÁO (2)", "Báo cáo (3)", longName.substring(0, 31),
                longName.substring(0, 27) + " (2)", "Số liệu  6 2007   tổng  ");
        given.forEach(WorkbookUtil::validateSheetName);
        assertThat(given).allSatisfy(name -> assertThat(name.length()).isLessThanOrEqualTo(31));
    }

    @Test
    void aReleasedNameCanBeClaimedAgain() {
        SheetNames names = new SheetNames();
        names.claim("Báo cáo");
        names.release("Báo cáo");

        assertThat(names.claim("Báo cáo")).isEqualTo("Báo cáo");
    }

    @Test
    void referencesQuoteTheSheetNameAndDoubleItsApostrophes() {
        assertThat(SheetNames.reference("Báo cáo", "F14")).isEqualTo("'Báo cáo'!F14");
        assertThat(SheetNames.reference("Bản 'sửa'", "A5")).isEqualTo("'Bản ''sửa'''!A5");
    }
}
