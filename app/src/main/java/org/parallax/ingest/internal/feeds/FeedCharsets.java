package org.parallax.ingest.internal.feeds;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.ingest.internal.Encodings;
import org.parallax.ingest.internal.Encodings.ByteOrderMark;

/**
 * Turns a feed's bytes into text. Declared encodings are often wrong (a feed says ISO-8859-1 and
 * sends UTF-8, or says UTF-8 and sends Windows-1252), so the bytes have the last word: a byte-order
 * mark wins, then valid UTF-8, then the declaration, then Windows-1252, which decodes anything.
 */
final class FeedCharsets {

    private static final Pattern XML_DECLARED = Pattern.compile("^\\s*<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");
    private static final Pattern HEADER_DECLARED = Pattern.compile("charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

    private FeedCharsets() {
    }

    static String decode(byte[] bytes, String contentType) {
        Optional<ByteOrderMark> mark = Encodings.byteOrderMark(bytes);
        if (mark.isPresent()) {
            int length = mark.get().length();
            return new String(bytes, length, bytes.length - length, mark.get().charset());
        }
        // UTF-16 without a mark still shows its first '<' next to a zero byte.
        if (Encodings.startsWith(bytes, 0x00, '<')) {
            return new String(bytes, StandardCharsets.UTF_16BE);
        }
        if (Encodings.startsWith(bytes, '<', 0x00)) {
            return new String(bytes, StandardCharsets.UTF_16LE);
        }
        Optional<String> utf8 = Encodings.strictUtf8(bytes, 0, bytes.length);
        if (utf8.isPresent()) {
            return utf8.get();
        }
        Charset declared = declared(bytes, contentType);
        if (declared == null || declared.equals(StandardCharsets.UTF_8)) {
            // Not valid UTF-8 whatever it says; browsers read Latin-1 and ASCII labels as Windows-1252 too.
            return new String(bytes, Encodings.WINDOWS_1252);
        }
        return new String(bytes, declared);
    }

    private static Charset declared(byte[] bytes, String contentType) {
        String head = new String(bytes, 0, Math.min(bytes.length, 200), StandardCharsets.ISO_8859_1);
        Matcher inXml = XML_DECLARED.matcher(head);
        if (inXml.find()) {
            return Encodings.named(inXml.group(1));
        }
        if (contentType != null) {
            Matcher inHeader = HEADER_DECLARED.matcher(contentType);
            if (inHeader.find()) {
                return Encodings.named(inHeader.group(1));
            }
        }
        return null;
    }
}
