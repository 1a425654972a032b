package vn.tonghop.report.layout;

import java.io.IOException;
import java.io.Writer;

/**
 * A buffered writer for one SXSSF sheet's temporary XML, used by one thread. POI writes that XML a character or a
 * short string at a time; {@link java.io.BufferedWriter} takes a lock and checks that it is open on every call, which
 * was a fifth of the time spent writing a consolidated workbook of 60,000 units.
 */
final class SheetXmlWriter extends Writer {

    private final Writer out;
    private final char[] buffer = new char[1 << 16];
    private int used;

    SheetXmlWriter(Writer out) {
        this.out = out;
    }

    @Override
    public void write(int c) throws IOException {
        if (used == buffer.length) {
            flushBuffer();
        }
        buffer[used++] = (char) c;
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        if (length >= buffer.length) {
            flushBuffer();
            out.write(chars, offset, length);
            return;
        }
        if (length > buffer.length - used) {
            flushBuffer();
        }
        System.arraycopy(chars, offset, buffer, used, length);
        used += length;
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        while (length > 0) {
            if (used == buffer.length) {
                flushBuffer();
            }
            int part = Math.min(length, buffer.length - used);
            text.getChars(offset, offset + part, buffer, used);
            used += part;
            offset += part;
            length -= part;
        }
    }

    @Override
    public void write(String text) throws IOException {
        write(text, 0, text.length());
    }

    @Override
    public void flush() throws IOException {
        flushBuffer();
        out.flush();
    }

    @Override
    public void close() throws IOException {
        try {
            flushBuffer();
        } finally {
            out.close();
        }
    }

    private void flushBuffer() throws IOException {
        if (used > 0) {
            out.write(buffer, 0, used);
            used = 0;
        }
    }
}
