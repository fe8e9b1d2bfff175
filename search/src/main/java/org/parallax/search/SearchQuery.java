package org.parallax.search;

import java.time.LocalDate;
import java.util.Set;

/**
 * A search as a reader or API client asks it. {@code text} uses the query syntax documented on the
 * search page (words, "phrases", AND, OR, NOT, -word, title:word). Empty filters mean "any";
 * {@code entities} are all required. {@code facets} asks for that many of the most named entities
 * per kind among the best matches (0 for none). {@code gatedText} lets matches and snippets come
 * from gated text; only the access module sets it.
 *
 * @param page 1-based
 */
public record SearchQuery(
        String text,
        Set<String> outlets,
        Set<String> kinds,
        String language,
        EntityNames entities,
        LocalDate from,
        LocalDate to,
        SearchSort sort,
        int page,
        int pageSize,
        int facets,
        boolean gatedText) {

    public static final int MAX_PAGE_SIZE = 100;
    /** Deep pages cost more than they are worth; past this many results, narrow the search. */
    public static final int MAX_RESULT_WINDOW = 10_000;
    public static final int MAX_FACETS = 50;

    public SearchQuery {
        text = text == null ? "" : text.strip();
        outlets = outlets == null ? Set.of() : Set.copyOf(outlets);
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
        entities = entities == null ? EntityNames.NONE : entities;
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
        if (facets < 0 || facets > MAX_FACETS) {
            throw new InvalidSearch("facets must be between 0 and " + MAX_FACETS);
        }
    }

    /** A search with no entity filters and no facets. */
    public SearchQuery(String text, Set<String> outlets, Set<String> kinds, String language, LocalDate from, LocalDate to,
            SearchSort sort, int page, int pageSize, boolean gatedText) {
        this(text, outlets, kinds, language, EntityNames.NONE, from, to, sort, page, pageSize, 0, gatedText);
    }

    public static SearchQuery of(String text) {
        return new SearchQuery(text, Set.of(), Set.of(), null, null, null, SearchSort.RELEVANCE, 1, 10, false);
    }

    public SearchQuery withEntities(EntityNames required) {
        return new SearchQuery(text, outlets, kinds, language, required, from, to, sort, page, pageSize, facets, gatedText);
    }

    public SearchQuery withFacets(int perKind) {
        return new SearchQuery(text, outlets, kinds, language, entities, from, to, sort, page, pageSize, perKind, gatedText);
    }

    /** The same search, another page of another size: the stories tab reads the best matches in one go. */
    public SearchQuery page(int number, int size) {
        return new SearchQuery(text, outlets, kinds, language, entities, from, to, sort, number, size, facets, gatedText);
    }
}
