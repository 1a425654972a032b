package vn.tonghop.vocabulary;

/**
 * One finding about a submitted file or a unit. Every field but {@code code} may be null when it does not apply
 * (a unit that did not report has no file; an unreadable file has no sheet).
 *
 * @param subject  what the cell holds, in the user's words (a label such as "Tổng cộng, Đảng viên dự", a group name,
 *                 a session code)
 * @param found    the value found, as the user sees it
 * @param expected the value expected, or the limit that was crossed
 */
public record Issue(
        IssueCode code,
        String file,
        String unit,
        String sheet,
        String cell,
        String subject,
        String found,
        String expected) {

    public Severity severity() {
        return code.severity();
    }

    /** {@code BaoCao!F14}, the way Excel names a cell of another sheet; null when the issue has no cell. */
    public String location() {
        if (cell == null) {
            return sheet;
        }
        return sheet == null ? cell : sheet + "!" + cell;
    }

    /** The same issue, said of this unit. */
    public Issue withUnit(String unitCode) {
        return new Issue(code, file, unitCode, sheet, cell, subject, found, expected);
    }

    /** The same issue, said of the file under this name (a reused check of a file since renamed). */
    public Issue inFile(String fileName) {
        return new Issue(code, fileName, unit, sheet, cell, subject, found, expected);
    }

    public static Builder of(IssueCode code) {
        return new Builder(code);
    }

    /** Issues have many optional parts; the builder keeps call sites readable. */
    public static final class Builder {
        private final IssueCode code;
        private String file;
        private String unit;
        private String sheet;
        private String cell;
        private String subject;
        private String found;
        private String expected;

        private Builder(IssueCode code) {
            this.code = code;
        }

        public Builder file(String file) {
            this.file = file;
            return this;
        }

        public Builder unit(String unit) {
            this.unit = unit;
            return this;
        }

        public Builder sheet(String sheet) {
            this.sheet = sheet;
            return this;
        }

        public Builder cell(String cell) {
            this.cell = cell;
            return this;
        }

        public Builder subject(String subject) {
            this.subject = subject;
            return this;
        }

        public Builder found(Object found) {
            this.found = found == null ? null : found.toString();
            return this;
        }

        public Builder expected(Object expected) {
            this.expected = expected == null ? null : expected.toString();
            return this;
        }

        public Issue build() {
            return new Issue(code, file, unit, sheet, cell, subject, found, expected);
        }
    }
}
