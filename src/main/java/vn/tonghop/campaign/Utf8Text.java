package vn.tonghop.campaign;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a small text file that must be UTF-8, without the byte order mark Excel and Notepad put in front. A file in
 * another encoding is refused naming the line of its first byte that is not UTF-8: read as UTF-8 anyway, its
 * Vietnamese letters would silently become other characters.
 */
final class Utf8Text {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private Utf8Text() {
    }

    /**
     * @param howToFix what to tell the user to do, e.g. "save it as 'CSV UTF-8'"
     */
    static String read(Path file, String howToFix) {
        return decode(file, bytes(file), howToFix);
    }

    /** The file's bytes, refused as the campaign's problem when they cannot be read. */
    static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InvalidCampaignException(file, null, "cannot read the file (" + e + ")");
        }
    }

    /** The text of bytes read from {@code file}, which names the file in a refusal. */
    static String decode(Path file, byte[] bytes, String howToFix) {
        if (startsWithUtf16Mark(bytes)) {
            throw new InvalidCampaignException(file, 1, 0, null, "the file is UTF-16 (Excel's 'Unicode Text'), not "
                    + "UTF-8: " + howToFix);
        }
        int start = startsWith(bytes, UTF8_BOM) ? UTF8_BOM.length : 0;
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            throw new InvalidCampaignException(file, lineOf(bytes, offset), 0, null, String.format(
                    "not UTF-8 (byte 0x%02X): the file was saved in another encoding, such as the Windows-1258 or "
                            + "Windows-1252 code page; %s", bytes[offset] & 0xFF, howToFix));
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    private static int lineOf(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static boolean startsWithUtf16Mark(byte[] bytes) {
        return startsWith(bytes, new byte[] {(byte) 0xFF, (byte) 0xFE})
                || startsWith(bytes, new byte[] {(byte) 0xFE, (byte) 0xFF});
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
