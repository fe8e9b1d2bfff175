package org.parallax.ingest.internal.feeds;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a feed's bytes into text. Declared encodings are often wrong (a feed says ISO-8859-1 and
 * sends UTF-8, or says UTF-8 and sends Windows-1252), so the bytes have the last word: a byte-order
 * mark wins, then valid UTF-8, then the declaration, then Windows-1252, which decodes anything.
 */
final class FeedCharsets {

    private static final Pattern XML_DECLARED = Pattern.compile("^\\s*<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");
    private static final Pattern HEADER_DECLARED = Pattern.compile("charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private FeedCharsets() {
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
        // UTF-16 without a mark still shows its first '<' next to a zero byte.
        if (startsWith(bytes, 0x00, '<')) {
            return new String(bytes, StandardCharsets.UTF_16BE);
        }
        if (startsWith(bytes, '<', 0x00)) {
            return new String(bytes, StandardCharsets.UTF_16LE);
        }
        String utf8 = strictUtf8(bytes);
        if (utf8 != null) {
            return utf8;
        }
        Charset declared = declared(bytes, contentType);
        if (declared == null || declared.equals(StandardCharsets.UTF_8) || declared.equals(StandardCharsets.ISO_8859_1)
                || declared.equals(StandardCharsets.US_ASCII)) {
            // Browsers read Latin-1 and ASCII as Windows-1252 too; its extra characters are the curly quotes.
            return new String(bytes, WINDOWS_1252);
        }
        return new String(bytes, declared);
    }

    private static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return null;
        }
    }

    private static Charset declared(byte[] bytes, String contentType) {
        String head = new String(bytes, 0, Math.min(bytes.length, 200), StandardCharsets.ISO_8859_1);
        Matcher inXml = XML_DECLARED.matcher(head);
        if (inXml.find()) {
            return charset(inXml.group(1));
        }
        if (contentType != null) {
            Matcher inHeader = HEADER_DECLARED.matcher(contentType);
            if (inHeader.find()) {
                return charset(inHeader.group(1));
            }
        }
        return null;
    }

    private static Charset charset(String name) {
        try {
            return Charset.forName(name.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
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
