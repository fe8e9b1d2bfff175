package org.parallax.library.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import org.parallax.library.ArticleIds;

/** URL-safe names for outlets and articles. */
final class Slugs {

    static final Pattern VALID_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._~-]{0,199}");
    private static final int MAX_WORDS_LENGTH = 60;

    private Slugs() {
    }

    /** Lower-case ASCII words joined by hyphens: "Café Society!" becomes "cafe-society". */
    static String words(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > MAX_WORDS_LENGTH) {
            slug = slug.substring(0, MAX_WORDS_LENGTH).replaceAll("-[^-]*$", "");
        }
        return slug;
    }

    /** A readable, stable article id: the title's words and a short hash of the canonical URL. */
    static String articleId(String title, String canonicalUrl) {
        String words = words(title);
        String hash = shortHash(canonicalUrl);
        return words.isEmpty() ? hash : words + "-" + hash;
    }

    static String shortHash(String text) {
        return ArticleIds.shortHash(text);
    }
}
