package org.parallax.ingest;

import java.net.URI;

/** Reads RSS 0.9x/1.0/2.0, Atom 0.3/1.0 and JSON Feed 1.x, tolerating the damage found in the wild. */
public interface FeedParser {

    /**
     * @param content    the bytes as fetched or read
     * @param location   where they came from, to resolve relative links (may be null)
     * @param contentType the declared media type and charset, when known (may be null)
     * @throws NotAFeed when the bytes are not a feed (an HTML error page, say)
     */
    ParsedFeed parse(byte[] content, URI location, String contentType);
}
