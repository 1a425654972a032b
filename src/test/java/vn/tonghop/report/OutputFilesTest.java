package vn.tonghop.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tonghop.vocabulary.Issue;
import vn.tonghop.vocabulary.IssueCode;
import vn.tonghop.vocabulary.OutputTexts;

/** The five outputs are written on two threads; the folder holds all of them, or the writing fails. */
class OutputFilesTest {

    @TempDir
    Path folder;

    private final OutputFiles outputs = new OutputFiles(OutputTexts.vietnamese());

    @Test
    void writesEveryOutputWhicheverThreadWroteIt() throws Exception {
        Path received = Files.write(folder.resolve("b.xls"), new byte[] {1, 2, 3});
        Path run = Files.createDirectories(folder.resolve("run"));

        outputs.writeAll(ReportWritersTest.run(List.of(overTotal()), Map.of("b.xls", received)), run);

        assertThat(run.resolve(OutputFiles.SUMMARY)).content().contains("\"runId\"");
        assertThat(run.resolve(OutputFiles.DRAFT_REPORT)).isNotEmptyFile();
        assertThat(run.resolve(OutputFiles.RETURNS).resolve("B.xlsx")).isNotEmptyFile();
        try (XSSFWorkbook consolidated = new XSSFWorkbook(run.resolve(OutputFiles.CONSOLIDATED_WORKBOOK).toFile());
             XSSFWorkbook exceptions = new XSSFWorkbook(run.resolve(OutputFiles.EXCEPTION_REPORT).toFile())) {
            assertThat(consolidated.getNumberOfSheets()).isGreaterThanOrEqualTo(2);
            List<String> firstIssue = new ArrayList<>();
            exceptions.getSheet("Danh sách lỗi").getRow(2).forEach(cell -> firstIssue.add(cell.toString()));
            assertThat(firstIssue).contains("B", "b.xls", "C9");
        }
    }

    @Test
    void aFailureOnTheSecondThreadFailsTheWriting() throws Exception {
        Path run = Files.createDirectories(folder.resolve("run"));
        // the consolidated workbook, written on the second thread, cannot be created where a folder has its name
        Files.createDirectories(run.resolve(OutputFiles.CONSOLIDATED_WORKBOOK));

        assertThatThrownBy(() -> outputs.writeAll(ReportWritersTest.run(List.of(overTotal())), run))
                .isInstanceOf(IOException.class).hasMessageContaining(OutputFiles.CONSOLIDATED_WORKBOOK);
    }

    private static Issue overTotal() {
        return Issue.of(IssueCode.OVER_TOTAL).file("b.xls").unit("B").sheet("Báo cáo").cell("C9")
                .subject("Đảng viên").found(12).expected(10).build();
    }
}
