package vn.tonghop.report.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tonghop.campaign.Campaign;
import vn.tonghop.fixtures.SampleGenerator;
import vn.tonghop.fixtures.SubmissionWorkbook;
import vn.tonghop.report.layout.CellTexts;
import vn.tonghop.submission.WorkbookChecker;
import vn.tonghop.vocabulary.Issue;
import vn.tonghop.vocabulary.IssueCode;
import vn.tonghop.vocabulary.OutputTexts;
import vn.tonghop.vocabulary.ReadLimits;
import vn.tonghop.workbook.poi.PoiWorkbookReader;

/** What a hostile submission can put into a return workbook: texts too long for a cell, formulas, sheer size. */
class HostileReturnWorkbookTest {

    private static final Campaign CAMPAIGN = SampleGenerator.campaign();
    private static final OutputTexts MESSAGES = OutputTexts.vietnamese();

    @TempDir
    Path dir;

    private static SubmissionWorkbook report(String unitName) {
        return SubmissionWorkbook.forCampaign(CAMPAIGN)
                .unit("DV017", unitName)
                .reportDate(LocalDate.of(2007, 7, 5))
                .form("Tự tổ chức")
                .membership(SampleGenerator.CADRES, 45)
                .membership(SampleGenerator.MASSES, 1300)
                .session("DV017-01", LocalDate.of(2007, 5, 17), "Hội trường", 20, 600)
                .totalRowOverride(SampleGenerator.CADRES, 99);
    }

    private static List<Issue> check(Path file) {
        return new WorkbookChecker(new PoiWorkbookReader()).check(file, file.getFileName().toString(), CAMPAIGN)
                .issues();
    }

    @Test
    void textsLongerThanACellAreCutAndFormulaTextsStayTexts() throws IOException {
        String formula = "=HYPERLINK(\"http://example.invalid\",\"bấm vào đây\")";
        Path file = report(formula).writeTo(dir.resolve("input/DV017.xlsx"));
        String longText = "Ghi chú rất dài ".repeat(3_000);
        Issue longFound = Issue.of(IssueCode.NOT_A_NUMBER).file("DV017.xlsx").unit("DV017").cell("C9")
                .subject(SampleGenerator.CADRES).found(longText).build();

        ReturnWorkbook written = new ReturnWorkbookWriter(MESSAGES).write(formula,
                List.of(new ReturnedFile("DV017.xlsx", file, List.of(longFound))), dir.resolve("tra-lai/DV017.xlsx"));

        try (ReturnWorkbookReadBack back = new ReturnWorkbookReadBack(written.file())) {
            assertThat(back.coverLines().get(0)).endsWith(formula);
            assertThat(back.cover().getRow(0).getCell(0).getCellType()).isEqualTo(CellType.STRING);
            ReturnWorkbookReadBack.IssueRow row = back.issueRows().get(0);
            assertThat(row.found()).hasSize(CellTexts.MAX_CELL_TEXT).endsWith("…")
                    .startsWith(longText.substring(0, 1_000));
            assertThat(row.message()).hasSizeLessThanOrEqualTo(CellTexts.MAX_CELL_TEXT);
        }
    }

    /** The copy limits of {@code limits:} decide what is copied: the same readable report, copied or described. */
    @Test
    void aReadableSubmissionBeyondTheCopyLimitIsDescribedAndBelowItCopied() throws IOException {
        Path file = report("Sở Y tế").writeTo(dir.resolve("input/DV017.xlsx"));
        List<Issue> issues = check(file);
        assertThat(issues).extracting(Issue::code).contains(IssueCode.TOTAL_ROW_MISMATCH);
        List<ReturnedFile> returned = List.of(new ReturnedFile("DV017.xlsx", file, issues));
        ReadLimits d = ReadLimits.DEFAULTS;
        ReadLimits smallCopies = new ReadLimits(d.maxFileBytes(), d.maxUnpackedBytes(), d.maxParts(), d.maxRows(),
                d.maxColumns(), d.maxSharedStrings(), d.maxTextLength(), 1_000, d.maxCopyParts());

        ReturnWorkbook described = new ReturnWorkbookWriter(MESSAGES, null, smallCopies).write("DV017 – Sở Y tế",
                returned, dir.resolve("mo-ta/DV017.xlsx"));
        ReturnWorkbook copied = new ReturnWorkbookWriter(MESSAGES, null, d).write("DV017 – Sở Y tế",
                returned, dir.resolve("ban-sao/DV017.xlsx"));

        try (ReturnWorkbookReadBack back = new ReturnWorkbookReadBack(described.file())) {
            assertThat(back.sheetNames()).containsExactly("Lỗi cần sửa");
            assertThat(back.coverLines()).contains(MESSAGES.format("tralai.notCopied", "DV017.xlsx"));
        }
        try (ReturnWorkbookReadBack back = new ReturnWorkbookReadBack(copied.file())) {
            assertThat(back.sheetNames()).hasSize(2).startsWith("Lỗi cần sửa");
            assertThat(back.coverLines()).doesNotContain(MESSAGES.format("tralai.notCopied", "DV017.xlsx"));
        }
    }

    @Test
    void aSubmissionTooLargeToCopyIsDescribedInstead() throws IOException {
        Path small = report("Sở Y tế").writeTo(dir.resolve("small.xlsx"));
        Path file = dir.resolve("input/DV017.xlsx");
        Files.createDirectories(file.getParent());
        // the package's directory declares more parts than any report has: refused before anything is loaded
        try (ZipFile in = new ZipFile(small.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (Enumeration<? extends ZipEntry> entries = in.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                out.putNextEntry(new ZipEntry(entry.getName()));
                try (InputStream part = in.getInputStream(entry)) {
                    part.transferTo(out);
                }
            }
            for (int i = 0; i <= ReadLimits.DEFAULTS.maxCopyParts(); i++) {
                out.putNextEntry(new ZipEntry("customXml/item" + i + ".xml"));
                out.write("<a/>".getBytes(StandardCharsets.UTF_8));
            }
        }
        List<Issue> issues = check(file);
        // reading refuses it already: the read limit on parts (1,000 by default) is below the copy's
        assertThat(issues).extracting(Issue::code).containsExactly(IssueCode.TOO_LARGE);

        ReturnWorkbook written = new ReturnWorkbookWriter(MESSAGES).write("DV017 – Sở Y tế",
                List.of(new ReturnedFile("DV017.xlsx", file, issues)), dir.resolve("tra-lai/DV017.xlsx"));

        try (ReturnWorkbookReadBack back = new ReturnWorkbookReadBack(written.file())) {
            assertThat(back.sheetNames()).containsExactly("Lỗi cần sửa");
            assertThat(back.coverLines()).contains(MESSAGES.format("tralai.notCopied", "DV017.xlsx"));
            assertThat(back.issueRows()).hasSize(issues.size());
        }
    }

}
