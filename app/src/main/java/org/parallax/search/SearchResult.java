package org.parallax.search;

import java.util.List;

/** One page of matches; {@code total} counts all of them. */
public record SearchResult(long total, int page, int pageSize, List<SearchHit> hits) {

    public SearchResult {
        hits = List.copyOf(hits);
    }

    public long pages() {
        return (total + pageSize - 1) / pageSize;
    }
}
