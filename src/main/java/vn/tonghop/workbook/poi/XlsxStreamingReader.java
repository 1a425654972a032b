package vn.tonghop.workbook.poi;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import vn.tonghop.vocabulary.ReadLimits;
import vn.tonghop.workbook.Sheet;
import vn.tonghop.workbook.UnreadableReason;
import vn.tonghop.workbook.UnreadableWorkbookException;
import vn.tonghop.workbook.Workbook;
import vn.tonghop.workbook.WorkbookTooLargeException;

/**
 * Reads .xlsx/.xlsm files straight from the zip, sheet by sheet with StAX, taking only the parts that give cell
 * values: content types and relationships (to find the parts), the workbook part (sheet names, order, visibility,
 * date system), shared strings, the number formats of the styles part, and the worksheets. The file is opened
 * read-only and never written.
 */
final class XlsxStreamingReader {

    private static final String PACKAGE_RELATIONSHIPS = "/_rels/.rels";
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    private static final String OFFICE_DOCUMENT = RELATIONSHIPS + "officeDocument";
    private static final String SHARED_STRINGS = RELATIONSHIPS + "sharedStrings";
    private static final String STYLES = RELATIONSHIPS + "styles";

    private static final String SPREADSHEETML = "application/vnd.openxmlformats-officedocument.spreadsheetml.";
    private static final String SHARED_STRINGS_TYPE = SPREADSHEETML + "sharedStrings+xml";
    private static final String STYLES_TYPE = SPREADSHEETML + "styles+xml";
    /** Chart sheets, dialog sheets and macro sheets hold no cells to report. */
    private static final String WORKSHEET_TYPE = SPREADSHEETML + "worksheet+xml";
    private static final String XLSB_TYPE = "application/vnd.ms-excel.sheet.binary.macroEnabled.main";
    private static final Set<String> WORKBOOK_TYPES = Set.of(
            SPREADSHEETML + "sheet.main+xml",
            "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
            SPREADSHEETML + "template.main+xml",
            "application/vnd.ms-excel.template.macroEnabled.main+xml",
            "application/vnd.ms-excel.addin.macroEnabled.main+xml");

    private final XMLInputFactory xml;
    private final PartMemo memo;
    private final ReadLimits limits;

    /**
     * @param xml  a secure factory ({@link XmlPart#newFactory()}) that this thread alone uses
     * @param memo the parts parsed before on this thread
     */
    XlsxStreamingReader(XMLInputFactory xml, PartMemo memo, ReadLimits limits) {
        this.xml = xml;
        this.memo = memo;
        this.limits = limits;
    }

    Workbook read(Path file) throws UnreadableWorkbookException {
        List<SheetCells> sheets;
        try (ZipFile zip = openZip(file)) {
            if (zip.size() > limits.maxParts()) {
                throw new WorkbookTooLargeException(file, "parts", limits.maxParts(), null);
            }
            requireDistinctPartNames(zip);
            sheets = readSheets(file, new PackageParts(zip, limits.maxUnpackedBytes()));
        } catch (IOException | XMLStreamException | RuntimeException e) {
            LimitReached reached = LimitReached.in(e);
            if (reached != null) {
                throw new WorkbookTooLargeException(file, reached.limitName(), reached.limit(), null);
            }
            // a damaged part surfaces as a zip, XML or number error; all of them mean the same to a user
            throw new UnreadableWorkbookException(file, UnreadableReason.CORRUPT, e);
        }
        if (UncachedFormulas.anyIn(sheets)) {
            computeUncachedFormulas(file, sheets);
        }
        List<Sheet> built = new ArrayList<>(sheets.size());
        sheets.forEach(sheet -> built.add(sheet.toSheet()));
        return new Workbook(file, built);
    }

    /**
     * A part given twice (part names ignore case) leaves which one holds the figures to chance: Excel refuses such a
     * package, and so does this reader rather than pick one.
     */
    private static void requireDistinctPartNames(ZipFile zip) throws IOException {
        Set<String> names = new HashSet<>();
        for (var entries = zip.entries(); entries.hasMoreElements(); ) {
            String name = entries.nextElement().getName();
            if (!names.add(name.toLowerCase(Locale.ROOT))) {
                throw new IOException("the package holds the part " + name + " twice");
            }
        }
    }

    /** The file starts like a zip archive (the caller checked); one that cannot be opened is damaged or truncated. */
    private static ZipFile openZip(Path file) throws UnreadableWorkbookException {
        try {
            return new ZipFile(file.toFile());
        } catch (IOException e) {
            throw new UnreadableWorkbookException(file, UnreadableReason.CORRUPT, e);
        }
    }

    private List<SheetCells> readSheets(Path file, PackageParts parts)
            throws IOException, XMLStreamException, UnreadableWorkbookException {
        InputStream typesPart = parts.open(ContentTypes.PART_NAME);
        if (typesPart == null) {
            throw new UnreadableWorkbookException(file, OoxmlPackages.whyNotAnOfficePackage(parts.zip()), null);
        }
        ContentTypes types = memo.parse(ContentTypes.class, "", typesPart, in -> ContentTypes.read(xml, in));
        String workbookName = relationships("/", parts.open(PACKAGE_RELATIONSHIPS))
                .firstOfType(OFFICE_DOCUMENT).map(Relationships.Relationship::partName).orElse(null);
        checkIsExcelWorkbook(file, workbookName == null ? "" : types.of(workbookName));
        WorkbookPart workbook = memo.parse(WorkbookPart.class, "", required(parts, workbookName),
                in -> WorkbookPart.read(xml, in));
        Relationships workbookRelationships = relationships(workbookName,
                parts.open(PackageParts.relationshipsOf(workbookName)));
        XmlCellDecoder decoder = new XmlCellDecoder(
                SharedStringsPart.read(xml, limits, optionalPart(parts, types, workbookRelationships, SHARED_STRINGS,
                        SHARED_STRINGS_TYPE)),
                memo.parse(StyleDateFormats.class, "", optionalPart(parts, types, workbookRelationships, STYLES,
                        STYLES_TYPE), in -> StyleDateFormats.read(xml, in)),
                workbook.date1904());
        List<SheetCells> sheets = new ArrayList<>(workbook.sheets().size());
        for (WorkbookPart.SheetEntry entry : workbook.sheets()) {
            Optional<String> sheetPart = workbookRelationships.byId(entry.relationshipId())
                    .map(Relationships.Relationship::partName)
                    .filter(name -> types.of(name).equals(WORKSHEET_TYPE) && parts.has(name));
            if (sheetPart.isPresent()) {
                SheetCells cells = new SheetCells(entry.name(), entry.visibility());
                WorksheetPart.read(xml, parts.open(sheetPart.get()), decoder, cells, limits);
                sheets.add(cells);
            }
        }
        return sheets;
    }

    /** Relationship targets are resolved against their source part, which is part of what is remembered. */
    private Relationships relationships(String sourcePartName, InputStream in) throws XMLStreamException, IOException {
        return memo.parse(Relationships.class, sourcePartName, in,
                part -> Relationships.read(xml, sourcePartName, part));
    }

    private static void checkIsExcelWorkbook(Path file, String contentType) throws UnreadableWorkbookException {
        if (contentType.equals(XLSB_TYPE)) {
            throw new UnreadableWorkbookException(file, UnreadableReason.BINARY_XLSB, null);
        }
        if (!WORKBOOK_TYPES.contains(contentType)) {
            // a Word or PowerPoint file, or a zip that is not an Office document at all
            throw new UnreadableWorkbookException(file, UnreadableReason.NOT_A_SPREADSHEET, null);
        }
    }

    private static InputStream required(PackageParts parts, String partName) throws IOException {
        InputStream in = parts.open(partName);
        if (in == null) {
            throw new IOException("the package has no part " + partName);
        }
        return in;
    }

    /** A part the workbook refers to by relationship or, failing that, declares by content type; null if neither. */
    private static InputStream optionalPart(PackageParts parts, ContentTypes types, Relationships relationships,
                                            String relationshipType, String contentType) throws IOException {
        String partName = relationships.firstOfType(relationshipType).map(Relationships.Relationship::partName)
                .filter(parts::has)
                .orElseGet(() -> types.partOfType(contentType));
        return partName == null ? null : parts.open(partName);
    }

    private static void computeUncachedFormulas(Path file, List<SheetCells> sheets)
            throws UnreadableWorkbookException {
        try {
            UncachedFormulas.compute(file, sheets);
        } catch (IOException | RuntimeException e) {
            throw new UnreadableWorkbookException(file, UnreadableReason.CORRUPT, e);
        }
    }
}
