package org.parallax.site.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The address readers reach the site at ({@code parallax.base-url}), for links that leave the page:
 * feeds, the sitemap, OpenGraph and JSON-LD. Never the Host a request named, which anyone can forge.
 */
@Component
class SiteAddress {

    private final String base;

    SiteAddress(@Value("${parallax.base-url}") String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** The absolute address of a path on this site, such as {@code /feed.xml}. */
    String of(String path) {
        return base + path;
    }

    String article(String id) {
        return of(ArticlePaths.page(id));
    }
}
