package vn.tonghop.report.returns;

import java.nio.file.Path;
import java.util.Map;
import vn.tonghop.vocabulary.Issue;

/**
 * A written return workbook.
 *
 * @param file      where it was written
 * @param locations for each issue, the place in the workbook to link to, as a document hyperlink address:
 *                  {@code 'Báo cáo'!F14} (the offending cell in the copied sheet) or, for an issue with no cell or
 *                  whose sheet could not be copied, its row on the first sheet such as {@code 'Lỗi cần sửa'!A7}.
 *                  Equal issues share one location.
 */
public record ReturnWorkbook(Path file, Map<Issue, String> locations) {

    public ReturnWorkbook {
        locations = Map.copyOf(locations);
    }
}
