package org.parallax.ingest.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * What the file, feed and page readers share about text encodings: byte-order marks, telling
 * valid UTF-8 apart, and reading charset labels the way the web does. Each reader keeps its own
 * order of trust, because files, feeds and pages lie about their encodings in different ways.
 */
public final class Encodings {

    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private Encodings() {
    }

    /** The encoding a byte-order mark at the start names, and the mark's length in bytes. */
    public record ByteOrderMark(Charset charset, int length) {
    }

    public static Optional<ByteOrderMark> byteOrderMark(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return Optional.of(new ByteOrderMark(StandardCharsets.UTF_8, 3));
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return Optional.of(new ByteOrderMark(StandardCharsets.UTF_16BE, 2));
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return Optional.of(new ByteOrderMark(StandardCharsets.UTF_16LE, 2));
        }
        return Optional.empty();
    }

    /** The bytes as text when they are valid UTF-8; empty when they are not. */
    public static Optional<String> strictUtf8(byte[] bytes, int offset, int length) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, length)).toString());
        } catch (CharacterCodingException notUtf8) {
            return Optional.empty();
        }
    }

    /**
     * The charset a declared label stands for, as browsers read it (Latin-1 and ASCII mean
     * windows-1252; a UTF-16 label in ASCII-compatible bytes means UTF-8); null when unknown.
     */
    public static Charset named(String label) {
        if (label == null || label.isBlank()) {
            return null;
        }
        String key = label.strip().toLowerCase(Locale.ROOT);
        if (key.equals("iso-8859-1") || key.equals("latin1") || key.equals("us-ascii") || key.equals("ascii")) {
            return WINDOWS_1252;
        }
        if (key.startsWith("utf-16") || key.equals("utf8")) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(key);
        } catch (IllegalArgumentException unknownOrIllegal) {
            return null;
        }
    }

    /** True when the bytes begin with these unsigned byte values. */
    public static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
