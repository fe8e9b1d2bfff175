package org.parallax.newsroom.internal.editing;

import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/**
 * The only way newsroom HTML reaches a browser: whatever made it, only these elements and
 * attributes survive, links only to web addresses. No script, no inline handlers, no style,
 * no frames, forms or images.
 */
final class Sanitizer {

    private static final Safelist ALLOWED = new Safelist()
            .addTags("p", "h2", "h3", "blockquote", "figure", "figcaption", "br", "em", "strong", "ul", "ol", "li")
            .addTags("a")
            .addAttributes("a", "href", "rel")
            .addAttributes("blockquote", "cite")
            .addProtocols("a", "href", "https", "http")
            .addProtocols("blockquote", "cite", "https", "http")
            .addEnforcedAttribute("a", "rel", "noopener nofollow");

    private Sanitizer() {
    }

    static String clean(String html) {
        return Jsoup.clean(html, ALLOWED);
    }
}
