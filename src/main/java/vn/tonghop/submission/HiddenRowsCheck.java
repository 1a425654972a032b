package vn.tonghop.submission;

import java.util.List;
import java.util.stream.Collectors;
import vn.tonghop.vocabulary.IssueCode;
import vn.tonghop.workbook.Row;
import vn.tonghop.workbook.Sheet;

/**
 * Hidden rows of the submission sheet are read like any other (a hidden session still took place), but the clerk
 * who hid them may not know that they count: one HIDDEN_DATA warning names them, at the first cell of the first.
 */
final class HiddenRowsCheck {

    private final Findings findings;

    HiddenRowsCheck(Findings findings) {
        this.findings = findings;
    }

    void check(Sheet sheet) {
        List<Row> hidden = sheet.rows().stream()
                .filter(row -> row.hidden() && row.cells().stream().anyMatch(cell -> !LabelBlock.isBlank(cell)))
                .toList();
        if (hidden.isEmpty()) {
            return;
        }
        String rowNumbers = hidden.stream().map(row -> String.valueOf(row.index() + 1))
                .collect(Collectors.joining(", "));
        findings.add(IssueCode.HIDDEN_DATA, hidden.get(0).cells().get(0).address(), null, rowNumbers, null);
    }
}
