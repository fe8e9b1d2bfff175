package org.parallax.ingest.internal.feeds;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Escapes the bare ampersands that hand-made feeds are full of ({@code Fish & Chips},
 * {@code ?a=1&copy=2}) before the XML is read, so that they stay text: left alone, an HTML-minded
 * reader would decode {@code &copy} into a copyright sign. Complete references ({@code &amp;},
 * {@code &#233;}, {@code &eacute;}) are kept. CDATA sections are left untouched.
 */
final class Ampersands {

    private static final Pattern REFERENCE = Pattern.compile("&(#\\d{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{0,31};)");

    private Ampersands() {
    }

    static String escapeBare(String xml) {
        if (xml.indexOf('&') < 0) {
            return xml;
        }
        StringBuilder out = new StringBuilder(xml.length() + 64);
        int at = 0;
        while (at < xml.length()) {
            int cdata = xml.indexOf("<![CDATA[", at);
            int end = cdata < 0 ? xml.length() : cdata;
            escape(xml, at, end, out);
            if (cdata < 0) {
                break;
            }
            int close = xml.indexOf("]]>", cdata);
            int after = close < 0 ? xml.length() : close + 3;
            out.append(xml, cdata, after);
            at = after;
        }
        return out.toString();
    }

    private static void escape(String xml, int from, int to, StringBuilder out) {
        Matcher reference = REFERENCE.matcher(xml).region(from, to);
        for (int i = from; i < to; i++) {
            char c = xml.charAt(i);
            if (c == '&' && !(reference.region(i, to).lookingAt())) {
                out.append("&amp;");
            } else {
                out.append(c);
            }
        }
    }
}
