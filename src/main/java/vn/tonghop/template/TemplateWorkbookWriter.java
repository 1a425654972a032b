package vn.tonghop.template;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.tonghop.campaign.Campaign;
import vn.tonghop.campaign.ReportingUnit;
import vn.tonghop.report.layout.SheetLayout;
import vn.tonghop.submission.TemplateLabels;
import vn.tonghop.template.TemplateLayout.BlockField;

/**
 * Writes the workbook a unit fills in: an instructions sheet, then the report sheet laid out as the job reads it,
 * with the unit's code, name and period filled in and locked (or left to fill in a blank template), Excel data
 * validation on every input cell, the row totals and the {@code Tổng cộng} row as formulas with cached values, and
 * sheet protection (no password) that leaves only the yellow input cells editable.
 */
final class TemplateWorkbookWriter {

    /** Excel refuses an explicit validation list longer than this; longer lists go to a hidden sheet. */
    private static final int EXPLICIT_LIST_LIMIT = 255;
    private static final float LINE_POINTS = 16f;

    private final TemplateTexts texts;

    TemplateWorkbookWriter(TemplateTexts texts) {
        this.texts = texts;
    }

    /** Writes the template of the campaign, personalised for the unit when one is given. */
    void write(Campaign campaign, Optional<ReportingUnit> unit, String exampleFileName, OutputStream out)
            throws IOException {
        TemplateLayout layout = TemplateLayout.of(campaign);
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            TemplateStyles styles = new TemplateStyles(workbook);
            new InstructionsSheet(texts, styles).write(workbook, layout, unit, exampleFileName);
            XSSFSheet sheet = workbook.createSheet(texts.text("sheet.report"));
            ColumnWidths widths = ColumnWidths.of(layout);
            widths.apply(sheet);
            writeTitles(sheet, layout, styles, widths);
            writeBlock(workbook, sheet, layout, unit, styles, widths);
            writeSessionTable(sheet, layout, styles, widths);
            writeFooter(sheet, layout, styles);
            XSSFFormulaEvaluator.evaluateAllFormulaCells(workbook);
            protect(sheet);
            printSetup(sheet, layout);
            workbook.setActiveSheet(0);
            workbook.write(out);
        }
    }

    private void writeTitles(XSSFSheet sheet, TemplateLayout layout, TemplateStyles styles, ColumnWidths widths) {
        Campaign campaign = layout.campaign();
        String organisation = campaign.organisation().toUpperCase(java.util.Locale.forLanguageTag("vi"));
        mergedText(sheet, TemplateLayout.TITLE_ROW, 0, layout.lastColumn(), organisation, styles.title, widths);
        mergedText(sheet, TemplateLayout.SUBTITLE_ROW, 0, layout.lastColumn(),
                texts.text("report.heading") + "\n" + campaign.title(), styles.subtitle, widths);
    }

    private void writeBlock(XSSFWorkbook workbook, XSSFSheet sheet, TemplateLayout layout,
                            Optional<ReportingUnit> unit, TemplateStyles styles, ColumnWidths widths) {
        DataValidationHelper validations = sheet.getDataValidationHelper();
        for (BlockField field : layout.block()) {
            Row row = sheet.createRow(field.row());
            mergedText(sheet, field.row(), TemplateLayout.LABEL_COLUMN, TemplateLayout.LABEL_LAST_COLUMN,
                    field.label(), styles.label, widths);
            Cell value = row.createCell(TemplateLayout.VALUE_COLUMN);
            switch (field.kind()) {
                case UNIT_CODE -> fillOrInput(value, unit.map(ReportingUnit::code), styles);
                case UNIT_NAME -> {
                    fillOrInput(value, unit.map(ReportingUnit::name), styles);
                    int last = Math.max(TemplateLayout.VALUE_COLUMN, layout.rowTotalColumn());
                    mergeStyled(sheet, field.row(), TemplateLayout.VALUE_COLUMN, last, value.getCellStyle());
                    fitRowHeight(row, value.getStringCellValue(), widths.span(TemplateLayout.VALUE_COLUMN, last));
                }
                case PERIOD -> {
                    value.setCellValue(layout.campaign().period());
                    value.setCellStyle(styles.prefilled);
                }
                case REPORT_DATE -> {
                    value.setCellStyle(styles.inputDate);
                    validations(sheet, validations, dateConstraint(validations), "validation.date", field.row(),
                            field.row(), TemplateLayout.VALUE_COLUMN, TemplateLayout.VALUE_COLUMN);
                }
                case FORM -> {
                    value.setCellStyle(styles.inputText);
                    int last = Math.max(TemplateLayout.VALUE_COLUMN, layout.rowTotalColumn() - 1);
                    mergeStyled(sheet, field.row(), TemplateLayout.VALUE_COLUMN, last, styles.inputText);
                    validations(sheet, validations, formList(workbook, validations, layout.campaign().forms()),
                            "validation.form", field.row(), field.row(), TemplateLayout.VALUE_COLUMN,
                            TemplateLayout.VALUE_COLUMN);
                }
                case CLUSTER_CODE -> value.setCellStyle(styles.inputText);
                case MEMBERSHIP -> {
                    value.setCellStyle(styles.inputCount);
                    validations(sheet, validations, countConstraint(validations), "validation.count", field.row(),
                            field.row(), TemplateLayout.VALUE_COLUMN, TemplateLayout.VALUE_COLUMN);
                }
            }
        }
    }

    private static void fillOrInput(Cell cell, Optional<String> value, TemplateStyles styles) {
        if (value.isPresent()) {
            cell.setCellValue(value.get());
            cell.setCellStyle(styles.prefilled);
        } else {
            cell.setCellStyle(styles.inputText);
        }
    }

    private void writeSessionTable(XSSFSheet sheet, TemplateLayout layout, TemplateStyles styles,
                                   ColumnWidths widths) {
        Row header = sheet.createRow(layout.headerRow());
        List<String> headers = layout.headers();
        int headerLines = 1;
        for (int column = 0; column < headers.size(); column++) {
            Cell cell = header.createCell(column);
            cell.setCellValue(headers.get(column));
            cell.setCellStyle(styles.header);
            headerLines = Math.max(headerLines, SheetLayout.linesNeeded(headers.get(column), widths.of(column)));
        }
        header.setHeightInPoints(headerLines * LINE_POINTS + 4);

        String firstGroup = CellReference.convertNumToColString(layout.groupColumn(0));
        String lastGroup = CellReference.convertNumToColString(layout.groupColumn(layout.groups().size() - 1));
        for (int r = layout.firstSessionRow(); r <= layout.lastSessionRow(); r++) {
            Row row = sheet.createRow(r);
            Cell number = row.createCell(TemplateLayout.ROW_NUMBER_COLUMN);
            number.setCellValue(r - layout.firstSessionRow() + 1);
            number.setCellStyle(styles.rowNumber);
            row.createCell(TemplateLayout.SESSION_CODE_COLUMN).setCellStyle(styles.inputText);
            row.createCell(TemplateLayout.SESSION_DATE_COLUMN).setCellStyle(styles.inputDate);
            row.createCell(TemplateLayout.PLACE_COLUMN).setCellStyle(styles.inputText);
            for (int g = 0; g < layout.groups().size(); g++) {
                row.createCell(layout.groupColumn(g)).setCellStyle(styles.inputCount);
            }
            // blank until a count is typed, so that an unused row stays a blank line of the table
            String groups = firstGroup + (r + 1) + ":" + lastGroup + (r + 1);
            Cell total = row.createCell(layout.rowTotalColumn());
            total.setCellFormula("IF(COUNT(" + groups + ")=0,\"\",SUM(" + groups + "))");
            total.setCellStyle(styles.computedCount);
            row.createCell(layout.noteColumn()).setCellStyle(styles.inputText);
        }

        DataValidationHelper validations = sheet.getDataValidationHelper();
        validations(sheet, validations, dateConstraint(validations), "validation.date", layout.firstSessionRow(),
                layout.lastSessionRow(), TemplateLayout.SESSION_DATE_COLUMN, TemplateLayout.SESSION_DATE_COLUMN);
        validations(sheet, validations, countConstraint(validations), "validation.count", layout.firstSessionRow(),
                layout.lastSessionRow(), layout.groupColumn(0), layout.groupColumn(layout.groups().size() - 1));

        Row totals = sheet.createRow(layout.grandTotalRow());
        Cell label = totals.createCell(0);
        label.setCellValue(TemplateLabels.GRAND_TOTAL);
        mergeStyled(sheet, layout.grandTotalRow(), 0, TemplateLayout.PLACE_COLUMN, styles.totalLabel);
        for (int column = layout.groupColumn(0); column <= layout.rowTotalColumn(); column++) {
            String letter = CellReference.convertNumToColString(column);
            Cell sum = totals.createCell(column);
            sum.setCellFormula("SUM(" + letter + (layout.firstSessionRow() + 1) + ":" + letter
                    + (layout.lastSessionRow() + 1) + ")");
            sum.setCellStyle(styles.totalCount);
        }
        totals.createCell(layout.noteColumn()).setCellStyle(styles.totalLabel);
    }

    private void writeFooter(XSSFSheet sheet, TemplateLayout layout, TemplateStyles styles) {
        int noteRow = layout.grandTotalRow() + 1;
        Cell note = sheet.createRow(noteRow).createCell(0);
        note.setCellValue(texts.text("report.blankRowsNote"));
        note.setCellStyle(styles.note);
        sheet.addMergedRegion(new CellRangeAddress(noteRow, noteRow, 0, layout.lastColumn()));

        Row signatures = sheet.createRow(noteRow + 2);
        Row hints = sheet.createRow(noteRow + 3);
        int right = Math.max(layout.groupColumn(0), layout.lastColumn() - 2);
        signature(sheet, signatures, hints, TemplateLayout.SESSION_CODE_COLUMN, TemplateLayout.PLACE_COLUMN,
                texts.text("report.preparedBy"), styles);
        signature(sheet, signatures, hints, right, layout.lastColumn(), texts.text("report.head"), styles);
    }

    private void signature(XSSFSheet sheet, Row titles, Row hints, int firstColumn, int lastColumn, String title,
                           TemplateStyles styles) {
        titles.createCell(firstColumn).setCellValue(title);
        mergeStyled(sheet, titles.getRowNum(), firstColumn, lastColumn, styles.subtitle);
        hints.createCell(firstColumn).setCellValue(texts.text("report.signHint"));
        mergeStyled(sheet, hints.getRowNum(), firstColumn, lastColumn, styles.centredNote);
    }

    private void validations(XSSFSheet sheet, DataValidationHelper helper, DataValidationConstraint constraint,
                             String key, int firstRow, int lastRow, int firstColumn, int lastColumn) {
        DataValidation validation = helper.createValidation(constraint,
                new CellRangeAddressList(firstRow, lastRow, firstColumn, lastColumn));
        validation.setShowPromptBox(true);
        validation.createPromptBox(texts.text(key + ".title"), texts.text(key + ".prompt"));
        validation.setShowErrorBox(true);
        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
        validation.createErrorBox(texts.text(key + ".errorTitle"), texts.text(key + ".error"));
        validation.setEmptyCellAllowed(true);
        sheet.addValidationData(validation);
    }

    private static DataValidationConstraint countConstraint(DataValidationHelper helper) {
        return helper.createIntegerConstraint(OperatorType.GREATER_OR_EQUAL, "0", null);
    }

    private static DataValidationConstraint dateConstraint(DataValidationHelper helper) {
        return helper.createDateConstraint(OperatorType.BETWEEN, "DATE(1990,1,1)", "DATE(2100,12,31)", null);
    }

    /** The campaign's forms as a drop-down list: written out when short, else from a hidden list sheet. */
    private DataValidationConstraint formList(XSSFWorkbook workbook, DataValidationHelper helper,
                                              List<String> forms) {
        if (String.join(",", forms).length() <= EXPLICIT_LIST_LIMIT && forms.stream().noneMatch(f -> f.contains(","))) {
            return helper.createExplicitListConstraint(forms.toArray(String[]::new));
        }
        XSSFSheet lists = workbook.createSheet(texts.text("sheet.lists"));
        for (int i = 0; i < forms.size(); i++) {
            lists.createRow(i).createCell(0).setCellValue(forms.get(i));
        }
        workbook.setSheetHidden(workbook.getSheetIndex(lists), true);
        return helper.createFormulaListConstraint("'" + lists.getSheetName() + "'!$A$1:$A$" + forms.size());
    }

    private static void mergedText(XSSFSheet sheet, int rowIndex, int firstColumn, int lastColumn, String text,
                                   CellStyle style, ColumnWidths widths) {
        Row row = sheet.getRow(rowIndex) != null ? sheet.getRow(rowIndex) : sheet.createRow(rowIndex);
        Cell cell = row.createCell(firstColumn);
        cell.setCellValue(text);
        mergeStyled(sheet, rowIndex, firstColumn, lastColumn, style);
        fitRowHeight(row, text, widths.span(firstColumn, lastColumn));
    }

    /** Styles every cell of the range (borders and fills show on the whole merged area) and merges it. */
    private static void mergeStyled(XSSFSheet sheet, int rowIndex, int firstColumn, int lastColumn, CellStyle style) {
        Row row = sheet.getRow(rowIndex);
        for (int column = firstColumn; column <= lastColumn; column++) {
            Cell cell = row.getCell(column) != null ? row.getCell(column) : row.createCell(column);
            cell.setCellStyle(style);
        }
        if (lastColumn > firstColumn) {
            sheet.addMergedRegion(new CellRangeAddress(rowIndex, rowIndex, firstColumn, lastColumn));
        }
    }

    private static void fitRowHeight(Row row, String text, int widthInCharacters) {
        float needed = SheetLayout.linesNeeded(text, widthInCharacters) * LINE_POINTS + 2;
        row.setHeightInPoints(Math.max(row.getHeightInPoints(), needed));
    }

    /** Only the input cells stay editable; no password, so nobody is locked out of their own report. */
    private static void protect(XSSFSheet sheet) {
        sheet.enableLocking();
        sheet.lockSelectLockedCells(false);
        sheet.lockSelectUnlockedCells(false);
        sheet.lockFormatColumns(false);
        sheet.lockFormatRows(false);
    }

    private static void printSetup(XSSFSheet sheet, TemplateLayout layout) {
        PrintSetup setup = sheet.getPrintSetup();
        setup.setPaperSize(PrintSetup.A4_PAPERSIZE);
        setup.setLandscape(true);
        setup.setFitWidth((short) 1);
        setup.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setHorizontallyCenter(true);
        sheet.setRepeatingRows(new CellRangeAddress(layout.headerRow(), layout.headerRow(), -1, -1));
        sheet.getHeader().setCenter(layout.campaign().title());
        sheet.getFooter().setRight("&P/&N");
    }
}
