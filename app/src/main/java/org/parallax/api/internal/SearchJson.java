package org.parallax.api.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import org.parallax.search.EntityFacets;
import org.parallax.search.SearchHit;
import org.parallax.search.SearchResult;

/**
 * One page of search results for API clients; {@code snippet} is escaped HTML with {@code <mark>}.
 * {@code entities} counts the people, places and organizations the best matches name, when asked.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record SearchJson(long total, int page, int pageSize, List<Result> results, EntityFacets entities) {

    static SearchJson of(SearchResult result, boolean facetsAsked) {
        return new SearchJson(result.total(), result.page(), result.pageSize(), result.hits().stream().map(Result::of).toList(),
                facetsAsked ? result.facets() : null);
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
