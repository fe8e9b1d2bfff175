package org.parallax.site.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The site's paths for an article, in one place so pages, feeds and the sitemap agree. */
final class ArticlePaths {

    private ArticlePaths() {
    }

    static String page(String id) {
        // Ids are URL-safe slugs; encoding anyway keeps a damaged one from breaking the link.
        return "/articles/" + URLEncoder.encode(id, StandardCharsets.UTF_8);
    }

    static String print(String id) {
        return page(id) + "/print";
    }
}
