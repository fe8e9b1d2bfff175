package org.parallax.search;

import java.time.LocalDate;
import java.util.Set;

/**
 * A search as a reader or API client asks it. {@code text} uses the query syntax documented on the
 * search page (words, "phrases", AND, OR, NOT, -word, title:word). Empty filters mean "any".
 * {@code gatedText} lets matches and snippets come from gated text; only the access module sets it.
 *
 * @param page 1-based
 */
public record SearchQuery(
        String text,
        Set<String> outlets,
        Set<String> kinds,
        String language,
        LocalDate from,
        LocalDate to,
        SearchSort sort,
        int page,
        int pageSize,
        boolean gatedText) {

    public static final int MAX_PAGE_SIZE = 100;
    /** Deep pages cost more than they are worth; past this many results, narrow the search. */
    public static final int MAX_RESULT_WINDOW = 10_000;

    public SearchQuery {
        text = text == null ? "" : text.strip();
        outlets = outlets == null ? Set.of() : Set.copyOf(outlets);
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
        sort = sort == null ? SearchSort.RELEVANCE : sort;
        if (page < 1) {
            throw new InvalidSearch("page must be 1 or more");
        }
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new InvalidSearch("page size must be between 1 and " + MAX_PAGE_SIZE);
        }
        if ((long) page * pageSize > MAX_RESULT_WINDOW) {
            throw new InvalidSearch("results beyond the first " + MAX_RESULT_WINDOW + " are not served: narrow the search");
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidSearch("from must not be after to");
        }
    }

    public static SearchQuery of(String text) {
        return new SearchQuery(text, Set.of(), Set.of(), null, null, null, SearchSort.RELEVANCE, 1, 10, false);
    }
}
