package org.parallax.library;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The one form of an article URL the library keys articles by: absolute, lower-case scheme
 * and host, no default port, no fragment and no campaign-tracking parameters.
 */
public final class CanonicalUrl {

    private CanonicalUrl() {
    }

    /** @throws InvalidArticle when the text is not an absolute http, https or file URL */
    public static String of(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidArticle("url is missing");
        }
        URI uri;
        try {
            uri = new URI(text.trim());
        } catch (URISyntaxException e) {
            throw new InvalidArticle("url is not a valid URL: " + text.trim());
        }
        if (!uri.isAbsolute()) {
            throw new InvalidArticle("url must be absolute (https://...): " + text.trim());
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (scheme.equals("file")) {
            return uri.normalize().toString();
        }
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new InvalidArticle("url must use http or https: " + text.trim());
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new InvalidArticle("url has no host: " + text.trim());
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String query = withoutTracking(uri.getRawQuery());
        return scheme + "://" + host + (defaultPort ? "" : ":" + port) + path + (query.isEmpty() ? "" : "?" + query);
    }

    private static String withoutTracking(String rawQuery) {
        if (rawQuery == null) {
            return "";
        }
        return Arrays.stream(rawQuery.split("&"))
                .filter(part -> !part.isEmpty() && !part.toLowerCase(Locale.ROOT).startsWith("utm_"))
                .collect(Collectors.joining("&"));
    }

    /** The site's home page for a canonical article URL: scheme, host and port. */
    public static String homeOf(String canonicalUrl) {
        URI uri = URI.create(canonicalUrl);
        if (uri.getHost() == null) {
            return null;
        }
        return uri.getScheme() + "://" + uri.getRawAuthority() + "/";
    }
}
