package vn.tonghop.report;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import vn.tonghop.report.layout.WorkbookStyles;

/**
 * A clustered bar chart of rates (one series per participant group) over cells of the sheet it is drawn on: a real
 * Excel chart that follows the cells, not a picture. The values of the cells are given too, as the chart's cache,
 * so viewers that do not calculate show it as well.
 */
final class RateChart {

    /** One series: its name and header cell, and the rate cells with their values (null where there is no rate). */
    record Series(String name, CellReference nameCell, CellRangeAddress cells, Double[] values) {
    }

    /** Colours of the series in turn: blue, orange, green, grey. */
    private static final byte[][] PALETTE = {
        {(byte) 0x2E, (byte) 0x75, (byte) 0xB6}, {(byte) 0xED, (byte) 0x7D, (byte) 0x31},
        {(byte) 0x70, (byte) 0xAD, (byte) 0x47}, {(byte) 0x7F, (byte) 0x7F, (byte) 0x7F}};

    private final String sheetName;
    private final String title;
    private final CellRangeAddress categoryCells;
    private final String[] categories;
    private final List<Series> series = new ArrayList<>();

    RateChart(String sheetName, String title, CellRangeAddress categoryCells, String[] categories) {
        this.sheetName = sheetName;
        this.title = title;
        this.categoryCells = categoryCells;
        this.categories = categories.clone();
    }

    String sheetName() {
        return sheetName;
    }

    RateChart series(Series one) {
        series.add(one);
        return this;
    }

    /**
     * Draws the chart over columns {@code firstColumn} to {@code endColumn} (exclusive) and rows {@code firstRow}
     * to {@code endRow} (exclusive).
     *
     * @param horizontal bars from the left, for long category names (units); else columns (forms)
     */
    void draw(XSSFDrawing drawing, int firstColumn, int firstRow, int endColumn, int endRow, boolean horizontal) {
        XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, firstColumn, firstRow, endColumn,
                endRow));
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        XDDFCategoryAxis categoryAxis = chart.createCategoryAxis(horizontal ? AxisPosition.LEFT : AxisPosition.BOTTOM);
        XDDFValueAxis valueAxis = chart.createValueAxis(horizontal ? AxisPosition.BOTTOM : AxisPosition.LEFT);
        valueAxis.setCrosses(AxisCrosses.AUTO_ZERO);
        valueAxis.setMinimum(0);
        valueAxis.setMaximum(1);
        valueAxis.setNumberFormat("0%");
        // small print, so that more of the categories get their label
        categoryAxis.getOrAddTextProperties().setFontSize(8.0);
        if (horizontal) {
            // the first (lowest) unit at the top, as in the table
            categoryAxis.setOrientation(AxisOrientation.MAX_MIN);
            // the value axis crosses the category axis at its last category, which is at the bottom
            valueAxis.setCrosses(AxisCrosses.MAX);
        }
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categoryAxis, valueAxis);
        data.setBarDirection(horizontal ? BarDirection.BAR : BarDirection.COL);
        data.setBarGrouping(BarGrouping.CLUSTERED);
        data.setVaryColors(false);
        XDDFCategoryDataSource categorySource = XDDFDataSourcesFactory.fromArray(categories, reference(categoryCells));
        for (Series one : series) {
            XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromArray(one.values(),
                    reference(one.cells()));
            values.setFormatCode(WorkbookStyles.RATE_FORMAT);
            XDDFBarChartData.Series added = (XDDFBarChartData.Series) data.addSeries(categorySource, values);
            added.setTitle(one.name(), one.nameCell());
            // a fill of its own: without one some viewers (LibreOffice) draw the bars invisible
            XDDFShapeProperties shape = new XDDFShapeProperties();
            shape.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(PALETTE[series.indexOf(one)
                    % PALETTE.length])));
            added.setShapeProperties(shape);
        }
        chart.plot(data);
    }

    private String reference(CellRangeAddress cells) {
        return new CellRangeAddress(cells.getFirstRow(), cells.getLastRow(), cells.getFirstColumn(),
                cells.getLastColumn()).formatAsString(sheetName, true);
    }
}
