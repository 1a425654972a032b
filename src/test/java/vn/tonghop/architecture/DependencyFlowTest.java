package vn.tonghop.architecture;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packages depend on each other in the order the data flows (README, "How it works"): what comes in, one
 * submission, the figures across units, the staging memory, the outputs, the job wiring, the command line. A
 * package may use those before it, never one after it; the vocabulary (issue codes, severities, output texts,
 * rates, cell addresses, read limits) may be used by all and uses none.
 *
 * <p>consolidation comes before staging although the job stages submissions before it consolidates them:
 * consolidation is plain Java over submissions, and staging keeps its results (reconciliation, figures) between
 * steps and nights, so staging depends on consolidation and never the other way round.
 *
 * <p>report.layout (page headings, column widths, number texts) is its own layer so that the blank templates,
 * written from the campaign alone, share the look of the outputs without depending on the output writers.
 */
class DependencyFlowTest {

    private static JavaClasses mainClasses;

    @BeforeAll
    static void importMainClasses() {
        mainClasses = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages("vn.tonghop");
    }

    @Test
    void everyPackageUsesOnlyThoseBeforeItInTheFlow() {
        layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .layer("vocabulary").definedBy("vn.tonghop.vocabulary..")
                .layer("campaign").definedBy("vn.tonghop.campaign..")
                .layer("intake").definedBy("vn.tonghop.intake..")
                .layer("workbook").definedBy("vn.tonghop.workbook..")
                .layer("submission").definedBy("vn.tonghop.submission..")
                .layer("consolidation").definedBy("vn.tonghop.consolidation..")
                .layer("staging").definedBy("vn.tonghop.staging..")
                .layer("layout").definedBy("vn.tonghop.report.layout..")
                .layer("report").definedBy("vn.tonghop.report", "vn.tonghop.report.draft..",
                        "vn.tonghop.report.returns..")
                .layer("template").definedBy("vn.tonghop.template..")
                .layer("job").definedBy("vn.tonghop.job..")
                .layer("cli").definedBy("vn.tonghop", "vn.tonghop.cli..")
                .whereLayer("vocabulary").mayNotAccessAnyLayer()
                .whereLayer("campaign").mayOnlyAccessLayers("vocabulary")
                .whereLayer("intake").mayOnlyAccessLayers("vocabulary")
                .whereLayer("workbook").mayOnlyAccessLayers("vocabulary")
                .whereLayer("submission").mayOnlyAccessLayers("vocabulary", "campaign", "intake", "workbook")
                .whereLayer("consolidation").mayOnlyAccessLayers("vocabulary", "campaign", "intake", "workbook",
                        "submission")
                .whereLayer("staging").mayOnlyAccessLayers("vocabulary", "campaign", "intake", "workbook",
                        "submission", "consolidation")
                .whereLayer("layout").mayOnlyAccessLayers("vocabulary", "campaign")
                .whereLayer("report").mayOnlyAccessLayers("vocabulary", "campaign", "intake", "workbook",
                        "submission", "consolidation", "staging", "layout")
                .whereLayer("template").mayOnlyAccessLayers("vocabulary", "campaign", "workbook", "submission",
                        "layout")
                .whereLayer("job").mayOnlyAccessLayers("vocabulary", "campaign", "intake", "workbook",
                        "submission", "consolidation", "staging", "layout", "report", "template")
                .check(mainClasses);
    }

    @Test
    void noPackagesDependOnEachOtherInACircle() {
        slices().matching("vn.tonghop.(**)").should().beFreeOfCycles().check(mainClasses);
    }
}
