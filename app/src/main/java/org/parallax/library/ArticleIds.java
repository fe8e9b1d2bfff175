package org.parallax.library;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** How the library names articles that came without an id of their own. */
public final class ArticleIds {

    private ArticleIds() {
    }

    /** Eight hex digits from the SHA-256 of {@code text}: the tail of a derived article id. */
    public static String shortHash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** True when {@code id} is the one the library made up from the title and this canonical URL. */
    public static boolean derived(String id, String canonicalUrl) {
        String hash = shortHash(canonicalUrl);
        return id.equals(hash) || id.endsWith("-" + hash);
    }
}
