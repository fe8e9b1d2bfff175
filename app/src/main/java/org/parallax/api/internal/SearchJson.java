package org.parallax.api.internal;

import java.time.Instant;
import java.util.List;
import org.parallax.search.SearchHit;
import org.parallax.search.SearchResult;

/** One page of search results for API clients; {@code snippet} is escaped HTML with {@code <mark>}. */
record SearchJson(long total, int page, int pageSize, List<Result> results) {

    static SearchJson of(SearchResult result) {
        return new SearchJson(result.total(), result.page(), result.pageSize(), result.hits().stream().map(Result::of).toList());
    }

    record Result(String id, String url, String title, Outlet outlet, String kind, Instant published, String snippet) {

        static Result of(SearchHit hit) {
            return new Result(hit.id(), hit.url(), hit.title(), new Outlet(hit.outletSlug(), hit.outletName(), hit.own()),
                    hit.kind(), hit.published(), hit.snippet());
        }
    }

    record Outlet(String slug, String name, boolean own) {
    }
}
