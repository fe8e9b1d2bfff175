package org.parallax.ingest.internal.extract;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.ingest.internal.Encodings;
import org.parallax.ingest.internal.Encodings.ByteOrderMark;

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

    private PageDecoder() {
    }

    static String decode(byte[] bytes, String contentType) {
        Optional<ByteOrderMark> mark = Encodings.byteOrderMark(bytes);
        if (mark.isPresent()) {
            int length = mark.get().length();
            return new String(bytes, length, bytes.length - length, mark.get().charset());
        }
        Charset declared = contentType == null ? null : Encodings.named(charsetIn(contentType));
        if (declared == null) {
            declared = declaredInMeta(bytes);
        }
        if (declared != null) {
            return new String(bytes, declared);
        }
        return Encodings.strictUtf8(bytes, 0, bytes.length).orElseGet(() -> new String(bytes, Encodings.WINDOWS_1252));
    }

    private static Charset declaredInMeta(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        Matcher meta = META.matcher(head);
        while (meta.find()) {
            Charset charset = Encodings.named(charsetIn(meta.group()));
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
}
