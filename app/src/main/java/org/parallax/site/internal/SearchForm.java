package org.parallax.site.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.parallax.library.ArticleKind;
import org.parallax.search.EntityNames;
import org.parallax.search.InvalidSearch;
import org.parallax.search.SearchQuery;
import org.parallax.search.SearchSort;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The search form exactly as the reader filled it in, so a page can show it back unchanged even
 * when it cannot be run. Values stay text until {@link #query} checks them. {@code people},
 * {@code places} and {@code organizations} are entity filters by canonical name; {@code tab} is
 * "articles" or "stories".
 */
public record SearchForm(String q, Set<String> outlets, Set<String> kinds, Set<String> people, Set<String> places,
        Set<String> organizations, String from, String to, String sort, String tab, String page) {

    static final int PAGE_SIZE = 10;
    static final String STORIES = "stories";
    /** Entity counts offered as filters, per kind. */
    static final int FACETS = 8;

    public SearchForm {
        q = q == null ? "" : q;
        outlets = kept(outlets);
        kinds = kept(kinds);
        people = kept(people);
        places = kept(places);
        organizations = kept(organizations);
        from = from == null ? "" : from.strip();
        to = to == null ? "" : to.strip();
        sort = sort == null || sort.isBlank() ? "relevance" : sort.strip().toLowerCase(Locale.ROOT);
        tab = STORIES.equalsIgnoreCase(tab == null ? "" : tab.strip()) ? STORIES : "articles";
        page = page == null || page.isBlank() ? "1" : page.strip();
    }

    static SearchForm of(String q, List<String> outlets, List<String> kinds, List<String> people, List<String> places,
            List<String> organizations, String from, String to, String sort, String tab, String page) {
        return new SearchForm(q, kept(outlets), kept(kinds), kept(people), kept(places), kept(organizations), from, to, sort,
                tab, page);
    }

    /** Nothing asked yet: the page shows the empty form. */
    public boolean blank() {
        return q.isBlank();
    }

    public boolean storiesTab() {
        return tab.equals(STORIES);
    }

    /** The query; {@code gatedText} (from the access module) lets matches and snippets come from gated text. */
    SearchQuery query(boolean gatedText) {
        for (String kind : kinds) {
            if (ArticleKind.fromCode(kind).isEmpty()) {
                throw new InvalidSearch("Unknown kind \"" + kind + "\": choose one of " + ArticleKind.codes() + ".");
            }
        }
        return new SearchQuery(q, outlets, kinds, null, new EntityNames(people, places, organizations), date("from", from),
                date("to", to), sortOrder(), pageNumber(), PAGE_SIZE, FACETS, gatedText);
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

    /** The entity filters in force, each with the address of the same search without it. */
    public List<Filter> entityFilters() {
        List<Filter> filters = new ArrayList<>();
        people.forEach(name -> filters.add(new Filter("person", "Person", name, without("person", name))));
        places.forEach(name -> filters.add(new Filter("place", "Place", name, without("place", name))));
        organizations.forEach(name -> filters.add(new Filter("organization", "Organization", name, without("organization", name))));
        return filters;
    }

    /** The address of the same search narrowed to articles that also name {@code name}; page 1. */
    public String narrowedHref(String parameter, String name) {
        return search(people, places, organizations, parameter, name, tab, null);
    }

    public boolean filtersBy(String parameter, String name) {
        return names(parameter).stream().anyMatch(held -> held.equalsIgnoreCase(name));
    }

    /** The address of another page of the same search. */
    public String pageHref(long number) {
        return search(people, places, organizations, null, null, tab, number);
    }

    /** The address of the same search on the other tab; page 1. */
    public String tabHref(String other) {
        return search(people, places, organizations, null, null, other, null);
    }

    private String without(String parameter, String name) {
        Set<String> less = new LinkedHashSet<>(names(parameter));
        less.remove(name);
        return switch (parameter) {
            case "person" -> search(less, places, organizations, null, null, tab, null);
            case "place" -> search(people, less, organizations, null, null, tab, null);
            default -> search(people, places, less, null, null, tab, null);
        };
    }

    private Set<String> names(String parameter) {
        return switch (parameter) {
            case "person" -> people;
            case "place" -> places;
            case "organization" -> organizations;
            default -> throw new IllegalArgumentException("no entity filter " + parameter);
        };
    }

    private String search(Set<String> withPeople, Set<String> withPlaces, Set<String> withOrganizations, String added,
            String addedName, String onTab, Long number) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/search").queryParam("q", q);
        outlets.forEach(outlet -> uri.queryParam("outlet", outlet));
        kinds.forEach(kind -> uri.queryParam("kind", kind));
        withPeople.forEach(name -> uri.queryParam("person", name));
        withPlaces.forEach(name -> uri.queryParam("place", name));
        withOrganizations.forEach(name -> uri.queryParam("organization", name));
        if (added != null) {
            uri.queryParam(added, addedName);
        }
        if (!from.isEmpty()) {
            uri.queryParam("from", from);
        }
        if (!to.isEmpty()) {
            uri.queryParam("to", to);
        }
        uri.queryParam("sort", sort);
        if (STORIES.equals(onTab)) {
            uri.queryParam("tab", STORIES);
        }
        if (number != null) {
            uri.queryParam("page", number);
        }
        return uri.encode().build().toUriString();
    }

    private static Set<String> kept(Collection<String> values) {
        if (values == null) {
            return Set.of();
        }
        return new LinkedHashSet<>(values.stream().filter(value -> value != null && !value.isBlank()).map(String::strip).toList());
    }

    /** An entity filter in force: {@code parameter} is its query parameter, {@code removeHref} the search without it. */
    public record Filter(String parameter, String label, String name, String removeHref) {
    }
}
