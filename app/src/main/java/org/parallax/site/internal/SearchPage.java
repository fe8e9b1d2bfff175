package org.parallax.site.internal;

import java.time.Instant;
import java.util.List;
import java.util.stream.LongStream;
import org.parallax.library.ArticleKind;
import org.parallax.search.SearchHit;
import org.parallax.search.SearchResult;

/** One page of search results as the search page shows them. */
public record SearchPage(long total, int page, long pages, List<Hit> hits) {

    private static final int NEARBY_PAGES = 4;

    static SearchPage of(SearchResult result) {
        return new SearchPage(result.total(), result.page(), result.pages(), result.hits().stream().map(Hit::of).toList());
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages;
    }

    /** Page numbers around the current one, so the links stay few however many pages there are. */
    public List<Long> numbers() {
        long first = Math.max(1, page - NEARBY_PAGES);
        long last = Math.min(pages, page + NEARBY_PAGES);
        return LongStream.rangeClosed(first, last).boxed().toList();
    }

    /** A match; {@code snippet} is escaped HTML with {@code <mark>} around the matched words. */
    public record Hit(String href, String title, String outletName, String outletSlug, boolean own, String kindLabel,
            Instant published, String snippet) {

        static Hit of(SearchHit hit) {
            String kind = ArticleKind.fromCode(hit.kind()).map(ArticleKind::label).orElse(hit.kind());
            return new Hit("/articles/" + hit.id(), hit.title(), hit.outletName(), hit.outletSlug(), hit.own(), kind,
                    hit.published(), hit.snippet());
        }
    }
}
