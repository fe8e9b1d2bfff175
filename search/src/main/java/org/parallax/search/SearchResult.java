package org.parallax.search;

import java.util.List;

/**
 * One page of matches; {@code total} counts all of them. {@code facets} is empty unless the query
 * asked for it.
 */
public record SearchResult(long total, int page, int pageSize, List<SearchHit> hits, EntityFacets facets) {

    public SearchResult {
        hits = List.copyOf(hits);
        facets = facets == null ? EntityFacets.NONE : facets;
    }

    public SearchResult(long total, int page, int pageSize, List<SearchHit> hits) {
        this(total, page, pageSize, hits, EntityFacets.NONE);
    }

    public long pages() {
        return (total + pageSize - 1) / pageSize;
    }
}
