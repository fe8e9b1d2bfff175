package org.parallax.newsroom;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * The published articles of one author, section or tag, newest first, as ids of the library's
 * articles (the pages and feeds read their headlines and teasers there, through the access rules).
 *
 * @param name the name as editors typed it ("Maren Idowu", "Water", "Lake Orsava")
 */
public record Listing(Kind kind, String slug, String name, List<String> articleIds) {

    public Listing {
        articleIds = List.copyOf(articleIds);
    }

    /** What an article is listed under; {@code path} is where its pages live ("/authors/"). */
    public enum Kind {
        AUTHOR("/authors/"), SECTION("/sections/"), TAG("/tags/");

        private final String path;

        Kind(String path) {
            this.path = path;
        }

        public String path() {
            return path;
        }
    }

    /** The page of this listing: "/authors/maren-idowu". */
    public String path() {
        return kind.path() + slug;
    }

    /** The address form of a name: "Zoë Ødegård, Jr." becomes "zoe-odegard-jr". */
    public static String slug(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .replace("ø", "o").replace("Ø", "O").replace("æ", "ae").replace("ß", "ss");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
    }
}
