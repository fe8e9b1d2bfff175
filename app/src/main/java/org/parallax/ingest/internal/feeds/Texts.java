package org.parallax.ingest.internal.feeds;

import java.util.regex.Pattern;
import org.jsoup.Jsoup;

/** Small text repairs shared by all formats. */
final class Texts {

    /** C0 controls other than tab and line breaks are illegal in XML and turn up in pasted titles. */
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0]+");
    private static final Pattern LOOKS_LIKE_MARKUP = Pattern.compile("<[A-Za-z/!]|&(#\\d+|#[xX][0-9a-fA-F]+|[A-Za-z]\\w*);");

    private Texts() {
    }

    /** Whitespace collapsed, control characters dropped; null when nothing is left. */
    static String clean(String text) {
        if (text == null) {
            return null;
        }
        String cleaned = SPACES.matcher(CONTROL.matcher(text).replaceAll("")).replaceAll(" ").strip();
        return cleaned.isEmpty() ? null : cleaned;
    }

    /** Text that may hold HTML tags or entities, read as a reader would see it: plain text. */
    static String plain(String maybeHtml) {
        if (maybeHtml == null) {
            return null;
        }
        String text = LOOKS_LIKE_MARKUP.matcher(maybeHtml).find() ? Jsoup.parseBodyFragment(maybeHtml).text() : maybeHtml;
        return clean(text);
    }

    /** Without the characters XML forbids, so one stray byte does not cost the whole feed. */
    static String withoutControls(String text) {
        return CONTROL.matcher(text).replaceAll("");
    }

    static String opening(String text, int max) {
        String cleaned = clean(text);
        if (cleaned == null) {
            return "";
        }
        return cleaned.length() <= max ? cleaned : cleaned.substring(0, max) + "...";
    }
}
