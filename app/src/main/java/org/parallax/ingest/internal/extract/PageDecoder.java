package org.parallax.ingest.internal.extract;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns page bytes into text the way browsers do, in order: a byte-order mark, the charset of the
 * Content-Type, a {@code <meta>} declaration near the top, then UTF-8 when the bytes are valid
 * UTF-8 and windows-1252 when not. A charset name Java does not know is ignored, never thrown.
 */
final class PageDecoder {

    /** Browsers look for the declaration in the first 1024 bytes; pages in the wild put it later. */
    private static final int SNIFF_BYTES = 8192;
    private static final Pattern CHARSET = Pattern.compile("charset\\s*=\\s*[\"']?\\s*([\\w.:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern META = Pattern.compile("<meta\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private PageDecoder() {
    }

    static String decode(byte[] bytes, String contentType) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        Charset declared = contentType == null ? null : named(charsetIn(contentType));
        if (declared == null) {
            declared = declaredInMeta(bytes);
        }
        if (declared != null) {
            return new String(bytes, declared);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, WINDOWS_1252);
        }
    }

    private static Charset declaredInMeta(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        Matcher meta = META.matcher(head);
        while (meta.find()) {
            Charset charset = named(charsetIn(meta.group()));
            if (charset != null) {
                return charset;
            }
        }
        return null;
    }

    private static String charsetIn(String text) {
        Matcher matcher = CHARSET.matcher(text);
        return matcher.find() ? matcher.group(1) : null;
    }

    /** The charset to use for a declared name, following the web's aliases; null when unknown. */
    static Charset named(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String key = name.strip().toLowerCase(Locale.ROOT);
        // The HTML standard reads these labels as windows-1252, and a page that declares UTF-16 in
        // ASCII-compatible bytes (no BOM) is really UTF-8.
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

    private static boolean startsWith(byte[] bytes, int... prefix) {
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
