package org.parallax.ingest.internal.feeds;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * Reads an element that holds text or markup, whichever way the feed chose to put it: plain text,
 * escaped HTML, CDATA, markup written straight into the XML (Atom's xhtml, or careless RSS), or
 * base64 (Atom 0.3's {@code mode="base64"}, Atom 1.0's binary media types).
 */
final class TextConstructs {

    private TextConstructs() {
    }

    /** As plain text, for titles and names. */
    static String plain(Element element) {
        if (element == null) {
            return null;
        }
        String decoded = base64(element);
        if (decoded != null) {
            return Texts.plain(decoded);
        }
        if (!element.children().isEmpty()) {
            return Texts.clean(element.text());
        }
        String type = type(element);
        if (type.equals("text") || type.equals("text/plain")) {
            return Texts.clean(element.wholeText());
        }
        return Texts.plain(element.wholeText());
    }

    /** As HTML, for summaries and bodies; null when empty. */
    static String html(Element element) {
        if (element == null) {
            return null;
        }
        String decoded = base64(element);
        if (decoded != null) {
            return decoded.isBlank() ? null : decoded.strip();
        }
        String html;
        if (!element.children().isEmpty()) {
            boolean xhtmlWrapper = type(element).equals("xhtml") && element.children().size() == 1
                    && Xml.localName(element.child(0)).equals("div");
            html = xhtmlWrapper ? element.child(0).html() : element.html();
        } else {
            html = element.wholeText();
        }
        html = Texts.withoutControls(html).strip();
        return html.isEmpty() ? null : html;
    }

    private static String type(Element element) {
        return element.attr("type").strip().toLowerCase(Locale.ROOT);
    }

    /** Text types and XML are never base64; other media types and 0.3's mode are, when they decode to text. */
    private static String base64(Element element) {
        String type = type(element);
        boolean declared = element.attr("mode").equalsIgnoreCase("base64");
        boolean binaryType = type.contains("/") && !type.startsWith("text/") && !type.endsWith("xml");
        if (!(declared || binaryType) || !element.children().isEmpty()) {
            return null;
        }
        try {
            byte[] bytes = Base64.getMimeDecoder().decode(element.wholeText().strip());
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (IllegalArgumentException | CharacterCodingException notBase64Text) {
            return null;
        }
    }
}
