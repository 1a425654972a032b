package vn.tonghop.report.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.FontUnderline;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTXf;

/** A submitted .xlsx style is copied into a return workbook exactly as POI's own cross-workbook clone copies it. */
class CopiedStylesTest {

    @Test
    void everyStyleOfTheSampleWorkbooksCopiesAsPoisCloneDoes() throws IOException {
        List<Path> workbooks;
        try (Stream<Path> files = Files.list(Path.of("input"))) {
            workbooks = files.filter(file -> file.toString().endsWith(".xlsx")).sorted().limit(5).toList();
        }
        assertThat(workbooks).isNotEmpty();
        for (Path file : workbooks) {
            try (InputStream in = Files.newInputStream(file); XSSFWorkbook source = new XSSFWorkbook(in)) {
                assertCopiedAsPoiClones(source, file.getFileName().toString());
            }
        }
    }

    @Test
    void fillsBordersFontsAlignmentProtectionAndFormatsCopyAsPoisCloneDoes() throws IOException {
        try (XSSFWorkbook source = new XSSFWorkbook()) {
            XSSFFont font = source.createFont();
            font.setFontName("Times New Roman");
            font.setFontHeightInPoints((short) 13);
            font.setBold(true);
            font.setItalic(true);
            font.setUnderline(FontUnderline.DOUBLE);
            font.setStrikeout(true);
            font.setColor(new XSSFColor(new byte[] {(byte) 0x12, (byte) 0x34, (byte) 0x56}, null));
            XSSFCellStyle rich = source.createCellStyle();
            rich.setFont(font);
            rich.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            rich.setFillForegroundColor(new XSSFColor(new byte[] {(byte) 0xFF, (byte) 0xEE, (byte) 0x99}, null));
            rich.setBorderTop(BorderStyle.THICK);
            rich.setBorderBottom(BorderStyle.DASHED);
            rich.setBorderLeft(BorderStyle.DOUBLE);
            rich.setBorderRight(BorderStyle.HAIR);
            rich.setBottomBorderColor(IndexedColors.RED.getIndex());
            rich.setAlignment(HorizontalAlignment.CENTER_SELECTION);
            rich.setVerticalAlignment(VerticalAlignment.TOP);
            rich.setWrapText(true);
            rich.setRotation((short) 45);
            rich.setIndention((short) 2);
            rich.setLocked(false);
            rich.setHidden(true);
            rich.setDataFormat(source.createDataFormat().getFormat("#,##0.00\" người\""));
            XSSFCellStyle pattern = source.createCellStyle();
            pattern.setFillPattern(FillPatternType.THIN_FORWARD_DIAG);
            pattern.setFillForegroundColor(IndexedColors.LIGHT_GREEN.getIndex());
            pattern.setFillBackgroundColor(IndexedColors.LEMON_CHIFFON.getIndex());
            pattern.setDataFormat(source.createDataFormat().getFormat("dd/mm/yyyy"));

            assertCopiedAsPoiClones(source, "built");
        }
    }

    private static void assertCopiedAsPoiClones(XSSFWorkbook source, String name) throws IOException {
        try (XSSFWorkbook byPoi = new XSSFWorkbook(); XSSFWorkbook byUs = new XSSFWorkbook()) {
            CopiedStyles copied = new CopiedStyles(source, byUs);
            for (int index = 0; index < source.getNumCellStyles(); index++) {
                XSSFCellStyle original = source.getCellStyleAt(index);
                XSSFCellStyle cloned = byPoi.createCellStyle();
                cloned.cloneStyleFrom(original);
                cloned.getCoreXf().setXfId(0);

                XSSFCellStyle ours = copied.copyOf(original);

                assertThat(facets(byUs, ours)).as(name + ", style " + index).isEqualTo(facets(byPoi, cloned));
            }
        }
    }

    /** What a style shows, its parts resolved: the record without its part indexes, format, font, fill, border. */
    private static List<String> facets(XSSFWorkbook workbook, XSSFCellStyle style) {
        CTXf record = (CTXf) style.getCoreXf().copy();
        List<String> facets = new ArrayList<>();
        facets.add(style.getDataFormatString());
        facets.add(style.getFont().getCTFont().toString());
        facets.add(workbook.getStylesSource().getFillAt(Math.toIntExact(record.getFillId())).getCTFill().toString());
        facets.add(workbook.getStylesSource().getBorderAt(Math.toIntExact(record.getBorderId())).getCTBorder()
                .toString());
        record.setFontId(0);
        record.setFillId(0);
        record.setBorderId(0);
        record.setNumFmtId(0);
        facets.add(record.toString());
        return facets;
    }
}
