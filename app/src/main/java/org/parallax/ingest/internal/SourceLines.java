package org.parallax.ingest.internal;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * Reads a file line by line, streaming, whatever its encoding: a byte-order mark decides
 * (UTF-8, UTF-16LE, UTF-16BE); without one each line is read as UTF-8 and, when that fails,
 * as Windows-1252, so a file that mixes both still reads. Counts the bytes read from disk for progress.
 */
final class SourceLines implements Closeable {

    /** A line past this many bytes is reported and skipped instead of held in memory. */
    static final int MAX_LINE_BYTES = 10 * 1024 * 1024;
    private static final int SNIFF_BYTES = 8192;

    private final CountingStream counted;
    private final InputStream bytes;
    private final Reader utf16;
    private final byte[] buffer = new byte[64 * 1024];
    private int position;
    private int limit;
    private long lineNumber;
    private boolean ended;

    private SourceLines(CountingStream counted, InputStream bytes, Charset utf16Charset) {
        this.counted = counted;
        this.bytes = bytes;
        this.utf16 = utf16Charset == null ? null : new BufferedReader(new InputStreamReader(bytes, utf16Charset), 64 * 1024);
    }

    /** @throws BinaryFile when the file holds NUL bytes and no UTF-16 byte-order mark says why */
    static SourceLines open(Path file) throws IOException {
        CountingStream counted = new CountingStream(Files.newInputStream(file));
        try {
            InputStream raw = file.getFileName().toString().toLowerCase().endsWith(".gz")
                    ? new GZIPInputStream(counted, 64 * 1024) : counted;
            BufferedInputStream in = new BufferedInputStream(raw, 64 * 1024);
            in.mark(SNIFF_BYTES);
            byte[] head = in.readNBytes(SNIFF_BYTES);
            in.reset();
            Optional<Encodings.ByteOrderMark> mark = Encodings.byteOrderMark(head);
            mark.ifPresent(m -> skip(in, m.length()));
            Charset utf16 = mark.map(Encodings.ByteOrderMark::charset).filter(c -> !c.equals(StandardCharsets.UTF_8)).orElse(null);
            if (mark.isEmpty() && containsNul(head)) {
                throw new BinaryFile();
            }
            return new SourceLines(counted, in, utf16);
        } catch (IOException | RuntimeException e) {
            counted.close();
            throw e;
        }
    }

    /** The next line without its line break, or null at the end of the file. */
    Line next() throws IOException {
        if (ended) {
            return null;
        }
        Line line = utf16 != null ? nextUtf16() : nextBytes();
        if (line == null) {
            ended = true;
        }
        return line;
    }

    long bytesRead() {
        return counted.count;
    }

    private Line nextBytes() throws IOException {
        byte[] line = new byte[256];
        int length = 0;
        boolean tooLong = false;
        while (true) {
            if (position == limit && !fill()) {
                if (length == 0 && !tooLong) {
                    return null;
                }
                break;
            }
            int start = position;
            while (position < limit && buffer[position] != '\n') {
                position++;
            }
            int chunk = position - start;
            if (!tooLong && length + chunk > MAX_LINE_BYTES) {
                tooLong = true;
                line = null;
            }
            if (!tooLong) {
                if (length + chunk > line.length) {
                    line = Arrays.copyOf(line, Math.max(line.length * 2, length + chunk));
                }
                System.arraycopy(buffer, start, line, length, chunk);
                length += chunk;
            }
            if (position < limit) {
                position++;
                break;
            }
        }
        lineNumber++;
        if (tooLong) {
            return Line.tooLong(lineNumber);
        }
        if (length > 0 && line[length - 1] == '\r') {
            length--;
        }
        return new Line(lineNumber, decode(line, length), null);
    }

    private Line nextUtf16() throws IOException {
        StringBuilder text = new StringBuilder();
        boolean tooLong = false;
        int c;
        while ((c = utf16.read()) != -1 && c != '\n') {
            if (text.length() >= MAX_LINE_BYTES / 2) {
                tooLong = true;
                text.setLength(0);
            }
            if (!tooLong) {
                text.append((char) c);
            }
        }
        if (c == -1 && text.isEmpty() && !tooLong) {
            return null;
        }
        lineNumber++;
        if (tooLong) {
            return Line.tooLong(lineNumber);
        }
        if (!text.isEmpty() && text.charAt(text.length() - 1) == '\r') {
            text.setLength(text.length() - 1);
        }
        return new Line(lineNumber, text.toString(), null);
    }

    private static String decode(byte[] line, int length) {
        return Encodings.strictUtf8(line, 0, length).orElseGet(() -> new String(line, 0, length, Encodings.WINDOWS_1252));
    }

    private static void skip(InputStream in, int bytes) {
        try {
            in.skipNBytes(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean fill() throws IOException {
        int read = bytes.read(buffer);
        if (read <= 0) {
            return false;
        }
        position = 0;
        limit = read;
        return true;
    }

    @Override
    public void close() throws IOException {
        bytes.close();
    }

    private static boolean containsNul(byte[] head) {
        for (byte b : head) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    /** The first character that is not white space, or -1 for an empty file; used to tell JSONL from text. */
    static int firstNonBlank(Path file) throws IOException {
        try (SourceLines lines = open(file)) {
            for (Line line = lines.next(); line != null; line = lines.next()) {
                if (line.text() != null && !line.text().isBlank()) {
                    return line.text().strip().charAt(0);
                }
            }
            return -1;
        }
    }

    /** One line of a file; {@code error} is set, and {@code text} null, when it could not be read. */
    record Line(long number, String text, String error) {

        static Line tooLong(long number) {
            return new Line(number, null, "line is longer than " + MAX_LINE_BYTES / (1024 * 1024) + " MB; skipped");
        }
    }

    /** A file that is not text; reading it as lines would only produce noise. */
    static final class BinaryFile extends IOException {
        BinaryFile() {
            super("is a binary file, not JSONL or text; skipped");
        }
    }

    private static final class CountingStream extends FilterInputStream {
        private long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b != -1) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int read = super.read(b, off, len);
            if (read > 0) {
                count += read;
            }
            return read;
        }
    }
}
