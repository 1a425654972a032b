package vn.tonghop.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FoldersTest {

    @TempDir
    Path folder;

    @Test
    void aFileWhereAFolderIsExpectedIsNamedWithTheOptionThatSetsIt() throws IOException {
        Path file = Files.writeString(folder.resolve("README.md"), "# x");

        assertThatThrownBy(() -> Folders.requireWritable(Folders.OUTPUT, file))
                .isInstanceOf(SetupException.class)
                .hasMessage("output folder " + file + " is a file, not a folder (--output)");
        assertThatThrownBy(() -> Folders.requireReadable(Folders.INPUT, file))
                .hasMessage("input folder " + file + " is a file, not a folder (--input)");
        assertThatThrownBy(() -> Folders.requireWritable(Folders.DATA, file.resolve("db")))
                .hasMessage("data folder " + file.resolve("db") + " cannot be created: " + file + " is a file "
                        + "(--data)");
    }

    @Test
    void aMissingInputFolderIsNotFoundButAMissingOutputFolderIsCreatedLater() {
        assertThatThrownBy(() -> Folders.requireReadable(Folders.INPUT, folder.resolve("input")))
                .hasMessage("input folder " + folder.resolve("input") + " not found (--input)");
        assertThatCode(() -> Folders.requireWritable(Folders.OUTPUT, folder.resolve("a/b/output")))
                .doesNotThrowAnyException();
        assertThat(folder.resolve("a")).as("checking creates nothing").doesNotExist();
    }

    @Test
    void aWritableFolderAndAReadableInputPass() throws IOException {
        Path input = Files.createDirectories(folder.resolve("input"));

        assertThatCode(() -> Folders.requireReadable(Folders.INPUT, input)).doesNotThrowAnyException();
        assertThat(Folders.writeProblem(Folders.LOGS, input)).isEmpty();
    }
}
