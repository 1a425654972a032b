package vn.tonghop.staging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.tonghop.intake.IgnoredFile;
import vn.tonghop.intake.InputScan;
import vn.tonghop.intake.SourceFile;

class InputDriftTest {

    private static final Instant NOON = Instant.parse("2007-06-30T05:00:00.123456Z");
    private static final SourceFile DV001 = file("DV001.xlsx", 1000, NOON, "a1");
    private static final SourceFile DV002 = file("DV002.xlsx", 2000, NOON, "b2");
    private static final IgnoredFile NOTE = new IgnoredFile("ghi-chu.txt", IgnoredFile.Reason.NOT_A_SPREADSHEET);

    private static final InputDrift.RecordedInput RECORDED =
            new InputDrift.RecordedInput(List.of(DV001, DV002), Set.of(NOTE.name()), Set.of("campaign"));

    @Test
    void theSameFilesAreNoDriftEvenWhenTheStoredTimeLostItsMicroseconds() {
        SourceFile storedToTheMillisecond = file("DV001.xlsx", 1000, Instant.parse("2007-06-30T05:00:00.123Z"), "a1");
        InputDrift.RecordedInput recorded = new InputDrift.RecordedInput(List.of(storedToTheMillisecond, DV002),
                Set.of(NOTE.name()), Set.of("campaign"));

        assertThat(InputDrift.between(recorded, new InputScan(List.of(DV001, DV002), List.of(NOTE)))).isEmpty();
    }

    @Test
    void namesWhatWasAddedRemovedAndChanged() {
        SourceFile dv002Replaced = file("DV002.xlsx", 2000, NOON, "c3");
        SourceFile dv003 = file("DV003.xlsx", 10, NOON, "d4");

        assertThat(InputDrift.between(RECORDED, new InputScan(List.of(dv002Replaced, dv003), List.of(NOTE))))
                .hasValue("1 workbook added (DV003.xlsx); 1 workbook removed (DV001.xlsx); "
                        + "1 workbook changed (DV002.xlsx)");
    }

    @Test
    void aNewerFileTimeIsAChangeAsItDecidesWhichReportOfAUnitIsNewest() {
        SourceFile touched = file("DV001.xlsx", 1000, NOON.plusSeconds(60), "a1");

        assertThat(InputDrift.between(RECORDED, new InputScan(List.of(touched, DV002), List.of(NOTE))))
                .hasValue("1 workbook changed (DV001.xlsx)");
    }

    @Test
    void aFileNoLongerIgnoredOrNewlyIgnoredIsADrift() {
        assertThat(InputDrift.between(RECORDED, new InputScan(List.of(DV001, DV002), List.of())))
                .hasValue("the files that are not read differ");
    }

    @Test
    void namesAtMostThreeFilesOfAKind() {
        List<SourceFile> many = List.of(DV001, DV002, file("A.xlsx", 1, NOON, "1"), file("B.xlsx", 1, NOON, "2"),
                file("C.xlsx", 1, NOON, "3"), file("D.xlsx", 1, NOON, "4"));

        assertThat(InputDrift.between(RECORDED, new InputScan(many, List.of(NOTE))))
                .hasValue("4 workbooks added (A.xlsx, B.xlsx, C.xlsx and 1 more)");
    }

    private static SourceFile file(String name, long size, Instant time, String sha256) {
        return new SourceFile(Path.of("input", name), name, size, time, sha256);
    }
}
