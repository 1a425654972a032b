package vn.tonghop.workbook.poi;

import vn.tonghop.workbook.UnreadableReason;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

import vn.tonghop.workbook.Sheet;
import vn.tonghop.workbook.UnreadableWorkbookException;
import vn.tonghop.workbook.Workbook;

/** Reads .xlsx/.xlsm files sheet by sheet with SAX, keeping memory low and never writing to the file. */
final class XlsxStreamingReader {

    private static final Set<String> WORKBOOK_CONTENT_TYPES = Set.of(
            XSSFRelation.WORKBOOK.getContentType(),
            XSSFRelation.MACROS_WORKBOOK.getContentType(),
            XSSFRelation.TEMPLATE_WORKBOOK.getContentType(),
            XSSFRelation.MACRO_TEMPLATE_WORKBOOK.getContentType(),
            XSSFRelation.MACRO_ADDIN_WORKBOOK.getContentType());

    Workbook read(Path file) throws UnreadableWorkbookException {
        OPCPackage pkg = OoxmlPackages.openReadOnly(file);
        try {
            checkIsExcelWorkbook(file, pkg);
            List<SheetCells> sheets = readSheets(pkg);
            if (UncachedFormulas.anyIn(sheets)) {
                UncachedFormulas.compute(pkg, sheets);
            }
            List<Sheet> built = new ArrayList<>(sheets.size());
            sheets.forEach(sheet -> built.add(sheet.toSheet()));
            return new Workbook(file, built);
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
            // POI reports damaged parts with a variety of runtime exceptions; all of them mean the same to a user
            throw new UnreadableWorkbookException(file, UnreadableReason.CORRUPT, e);
        } finally {
            // revert, not close: close() would try to save the package
            pkg.revert();
        }
    }

    private static void checkIsExcelWorkbook(Path file, OPCPackage pkg) throws UnreadableWorkbookException {
        PackageRelationshipCollection main = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
        PackagePart mainPart = main.size() == 0 ? null : pkg.getPart(main.getRelationship(0));
        String contentType = mainPart == null ? "" : mainPart.getContentType();
        if (contentType.equals(XSSFRelation.XLSB_BINARY_WORKBOOK.getContentType())) {
            throw new UnreadableWorkbookException(file, UnreadableReason.BINARY_XLSB, null);
        }
        if (!WORKBOOK_CONTENT_TYPES.contains(contentType)) {
            // a Word or PowerPoint file, or a zip that is not an Office document at all
            throw new UnreadableWorkbookException(file, UnreadableReason.NOT_A_SPREADSHEET, null);
        }
    }

    private static List<SheetCells> readSheets(OPCPackage pkg)
            throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
        XSSFReader reader = new XSSFReader(pkg);
        boolean date1904;
        try (InputStream workbookXml = reader.getWorkbookData()) {
            date1904 = WorkbookDateSystem.uses1904(workbookXml);
        }
        XmlCellDecoder decoder = new XmlCellDecoder(
                new ReadOnlySharedStringsTable(pkg, false), new StyleDateFormats(reader.getStylesTable()), date1904);
        List<SheetCells> sheets = new ArrayList<>();
        XSSFReader.SheetIterator parts = reader.getSheetIterator();
        while (parts.hasNext()) {
            try (InputStream part = parts.next()) {
                // chart sheets and macro sheets hold no cells to report
                if (parts.getSheetPart().getContentType().equals(XSSFRelation.WORKSHEET.getContentType())) {
                    SheetCells cells = new SheetCells(parts.getSheetName());
                    parse(part, new WorksheetHandler(decoder, cells));
                    sheets.add(cells);
                }
            }
        }
        return sheets;
    }

    private static void parse(InputStream part, WorksheetHandler handler)
            throws IOException, SAXException, ParserConfigurationException {
        XMLReader xml = XMLHelper.newXMLReader();
        xml.setContentHandler(handler);
        xml.parse(new InputSource(part));
    }
}
