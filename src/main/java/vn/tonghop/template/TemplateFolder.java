package vn.tonghop.template;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import vn.tonghop.campaign.Campaign;
import vn.tonghop.campaign.ReportingUnit;

/**
 * Writes a campaign's templates into {@code <root>/<job id>/}: the blank {@value #BLANK} and one personalised
 * {@code <unit code>.xlsx} per registry unit. The code leads the name so that a file sent back under that name is
 * recognised by it too. Each file appears whole (written beside, then moved), so a folder being mailed from never
 * holds half a workbook.
 */
public final class TemplateFolder {

    public static final String BLANK = "mau-bao-cao.xlsx";

    private final TemplateWorkbookWriter writer = new TemplateWorkbookWriter(new TemplateTexts());

    /** What was written. */
    public record Written(Path folder, int personalised) {
    }

    public Written write(Campaign campaign, Path root) throws IOException {
        Path folder = Files.createDirectories(root.resolve(campaign.id()));
        String example = campaign.units().isEmpty() ? BLANK : fileName(campaign.units().get(0));
        writeAtomically(folder.resolve(BLANK), out -> writer.write(campaign, Optional.empty(), example, out));
        for (ReportingUnit unit : campaign.units()) {
            String name = fileName(unit);
            writeAtomically(folder.resolve(name), out -> writer.write(campaign, Optional.of(unit), name, out));
        }
        return new Written(folder, campaign.units().size());
    }

    /** The unit's code as a file name; characters that no file system takes become '_'. */
    static String fileName(ReportingUnit unit) {
        return unit.code().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_") + ".xlsx";
    }

    private interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static void writeAtomically(Path target, Content content) throws IOException {
        Path partial = Files.createTempFile(target.getParent(), ".", ".part");
        try {
            try (OutputStream out = Files.newOutputStream(partial)) {
                content.writeTo(out);
            }
            try {
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
