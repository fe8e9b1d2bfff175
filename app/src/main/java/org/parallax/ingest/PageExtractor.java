package org.parallax.ingest;

import java.net.URI;

/** Finds the article in a web page. */
public interface PageExtractor {

    /**
     * @param html        the page's bytes as fetched or read
     * @param location    the page's URL, to resolve relative links (may be null)
     * @param contentType the declared media type and charset, when known (may be null)
     */
    ExtractedArticle extract(byte[] html, URI location, String contentType);
}
