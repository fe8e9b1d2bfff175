package org.parallax.search;

import java.time.Instant;

/**
 * One match. {@code snippet} is HTML: the matching passage, escaped, with the matched words in
 * {@code <mark>} elements; it comes only from text the visitor may read.
 */
public record SearchHit(
        String id,
        String url,
        String title,
        String outletSlug,
        String outletName,
        boolean own,
        String kind,
        Instant published,
        String snippet) {
}
