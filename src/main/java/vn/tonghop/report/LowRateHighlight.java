package vn.tonghop.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

/**
 * Colours the rate cells below the campaign's low-rate warning, as Excel conditional formatting: the colour follows
 * the live formulas when someone edits a figure.
 */
final class LowRateHighlight {

    private LowRateHighlight() {
    }

    /**
     * @param percent the campaign's {@code low-rate-warning}, e.g. 50 for 50%
     */
    static void apply(Sheet sheet, List<CellRangeAddress> rateCells, BigDecimal percent) {
        if (rateCells.isEmpty()) {
            return;
        }
        SheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
        // relative to the first range's top-left cell; a rate left empty for a group without members is text
        String first = new CellReference(rateCells.get(0).getFirstRow(), rateCells.get(0).getFirstColumn())
                .formatAsString(false);
        ConditionalFormattingRule rule = formatting.createConditionalFormattingRule(
                "AND(ISNUMBER(" + first + ")," + first + "<" + threshold(percent).toPlainString() + ")");
        PatternFormatting fill = rule.createPatternFormatting();
        fill.setFillBackgroundColor(IndexedColors.ROSE.getIndex());
        fill.setFillPattern(FillPatternType.SOLID_FOREGROUND.getCode());
        rule.createFontFormatting().setFontColorIndex(IndexedColors.DARK_RED.getIndex());
        formatting.addConditionalFormatting(rateCells.toArray(CellRangeAddress[]::new), rule);
    }

    /** The warning as the fraction a rate cell holds: 50 becomes 0.5. */
    static BigDecimal threshold(BigDecimal percent) {
        return percent.divide(BigDecimal.valueOf(100), 6, RoundingMode.HALF_UP).stripTrailingZeros();
    }
}
