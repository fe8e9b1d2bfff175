package org.parallax.site.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.parallax.library.ArticleKind;
import org.parallax.search.InvalidSearch;
import org.parallax.search.SearchQuery;
import org.parallax.search.SearchSort;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The search form exactly as the reader filled it in, so a page can show it back unchanged even
 * when it cannot be run. Values stay text until {@link #query} checks them.
 */
public record SearchForm(String q, Set<String> outlets, Set<String> kinds, String from, String to, String sort, String page) {

    static final int PAGE_SIZE = 10;

    public SearchForm {
        q = q == null ? "" : q;
        outlets = outlets == null ? Set.of() : new LinkedHashSet<>(outlets.stream().filter(s -> !s.isBlank()).toList());
        kinds = kinds == null ? Set.of() : new LinkedHashSet<>(kinds.stream().filter(s -> !s.isBlank()).toList());
        from = from == null ? "" : from.strip();
        to = to == null ? "" : to.strip();
        sort = sort == null || sort.isBlank() ? "relevance" : sort.strip().toLowerCase(Locale.ROOT);
        page = page == null || page.isBlank() ? "1" : page.strip();
    }

    static SearchForm of(String q, List<String> outlets, List<String> kinds, String from, String to, String sort, String page) {
        return new SearchForm(q, outlets == null ? null : Set.copyOf(outlets), kinds == null ? null : Set.copyOf(kinds),
                from, to, sort, page);
    }

    /** Nothing asked yet: the page shows the empty form. */
    public boolean blank() {
        return q.isBlank();
    }

    /** The query; {@code gatedText} (from the access module) lets matches and snippets come from gated text. */
    SearchQuery query(boolean gatedText) {
        for (String kind : kinds) {
            if (ArticleKind.fromCode(kind).isEmpty()) {
                throw new InvalidSearch("Unknown kind \"" + kind + "\": choose one of " + ArticleKind.codes() + ".");
            }
        }
        return new SearchQuery(q, outlets, kinds, null, date("from", from), date("to", to), sortOrder(), pageNumber(),
                PAGE_SIZE, gatedText);
    }

    private SearchSort sortOrder() {
        return switch (sort) {
            case "relevance" -> SearchSort.RELEVANCE;
            case "date" -> SearchSort.DATE;
            default -> throw new InvalidSearch("Sort must be relevance or date.");
        };
    }

    int pageNumber() {
        try {
            return Integer.parseInt(page);
        } catch (NumberFormatException e) {
            throw new InvalidSearch("Page must be a whole number from 1.");
        }
    }

    private static LocalDate date(String name, String value) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidSearch("The " + name + " date must look like 2026-03-14.");
        }
    }

    public boolean hasOutlet(String slug) {
        return outlets.contains(slug);
    }

    public boolean hasKind(String code) {
        return kinds.contains(code);
    }

    /** The address of another page of the same search. */
    public String pageHref(long number) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/search").queryParam("q", q);
        outlets.forEach(outlet -> uri.queryParam("outlet", outlet));
        kinds.forEach(kind -> uri.queryParam("kind", kind));
        if (!from.isEmpty()) {
            uri.queryParam("from", from);
        }
        if (!to.isEmpty()) {
            uri.queryParam("to", to);
        }
        return uri.queryParam("sort", sort).queryParam("page", number).encode().build().toUriString();
    }
}
