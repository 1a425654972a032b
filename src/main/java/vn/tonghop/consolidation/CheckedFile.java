package vn.tonghop.consolidation;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import vn.tonghop.intake.SourceFile;
import vn.tonghop.submission.CheckResult;

/** A workbook of the input folder with what checking it found. */
public record CheckedFile(SourceFile file, CheckResult result) {

    /**
     * Newest first: later report date, then later file time, then name, so the choice never depends on the order
     * files were listed. A file whose report date could not be read is dated by its file time.
     */
    static final Comparator<CheckedFile> NEWEST_FIRST = Comparator
            .comparing(CheckedFile::effectiveReportDate)
            .thenComparing(checked -> checked.file().lastModified())
            .thenComparing(checked -> checked.file().name())
            .reversed();

    public String unitCode() {
        return result.unitCode();
    }

    public boolean accepted() {
        return result.accepted();
    }

    LocalDate effectiveReportDate() {
        if (result.reportDate() != null) {
            return result.reportDate();
        }
        return file.lastModified().atZone(ZoneId.systemDefault()).toLocalDate();
    }
}
