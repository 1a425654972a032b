package vn.tonghop.job;

import org.springframework.batch.infrastructure.item.ItemProcessor;
import vn.tonghop.campaign.Campaign;
import vn.tonghop.consolidation.CheckedFile;
import vn.tonghop.intake.SourceFile;
import vn.tonghop.submission.WorkbookChecker;

/** Step 2's processing: one workbook read and checked; never null, a bad file becomes issues. */
class WorkbookCheckProcessor implements ItemProcessor<SourceFile, CheckedFile> {

    private final WorkbookChecker checker;
    private final Campaign campaign;

    WorkbookCheckProcessor(WorkbookChecker checker, Campaign campaign) {
        this.checker = checker;
        this.campaign = campaign;
    }

    @Override
    public CheckedFile process(SourceFile file) {
        return new CheckedFile(file, checker.check(file.path(), file.name(), campaign));
    }
}
