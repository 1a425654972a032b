package vn.tonghop.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.tonghop.report.layout.PageHeading;
import vn.tonghop.report.layout.StreamedWorkbook;
import vn.tonghop.report.layout.WorkbookStyles;
import vn.tonghop.vocabulary.OutputTexts;

/**
 * Writes {@code tong-hop.xlsx}: the summary laid out like the committee's report on one page, with its charts; one
 * row per registry unit; and all clusters on one sheet, each cluster's total row followed by its members, grouped.
 * Streams rows (SXSSF) so the registry's size does not matter.
 */
public final class ConsolidatedWorkbookWriter {

    private final OutputTexts messages;

    public ConsolidatedWorkbookWriter(OutputTexts messages) {
        this.messages = messages;
    }

    public void write(OutputContents result, Path file) throws IOException {
        try (SXSSFWorkbook workbook = new StreamedWorkbook(200)) {
            WorkbookStyles styles = new WorkbookStyles(workbook);
            PageHeading heading = PageHeadings.of(result.campaign(), messages);
            new SummarySheet(messages, styles).write(result,
                    workbook.createSheet(messages.text("tonghop.sheet.summary")), heading);
            new UnitsSheet(messages, styles).write(result,
                    new SheetWriter(workbook.createSheet(messages.text("tonghop.sheet.units")), styles, heading));
            if (!result.consolidation().clusters().isEmpty()) {
                new ClustersSheet(messages, styles).write(result,
                        workbook.createSheet(messages.text("tonghop.sheet.cluster")), heading);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
    }
}
