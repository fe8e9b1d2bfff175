package org.parallax.api.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.parallax.access.AccessPolicy;
import org.parallax.access.Visitor;
import org.parallax.library.ArticleKind;
import org.parallax.search.EntityNames;
import org.parallax.search.SearchEngine;
import org.parallax.search.SearchQuery;
import org.parallax.search.SearchSort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class SearchApiController {

    private static final Set<String> PARAMETERS = Set.of("q", "outlet", "kind", "person", "place", "organization", "from", "to",
            "sort", "page", "size", "facets");

    private final SearchEngine search;
    private final AccessPolicy access;

    SearchApiController(SearchEngine search, AccessPolicy access) {
        this.search = search;
        this.access = access;
    }

    @GetMapping("/api/search")
    SearchJson search(@RequestParam(defaultValue = "") String q,
            @RequestParam(name = "outlet", required = false) List<String> outlets,
            @RequestParam(name = "kind", required = false) List<String> kinds,
            @RequestParam(name = "person", required = false) List<String> people,
            @RequestParam(name = "place", required = false) List<String> places,
            @RequestParam(name = "organization", required = false) List<String> organizations,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(defaultValue = "relevance") String sort, @RequestParam(defaultValue = "1") String page,
            @RequestParam(defaultValue = "10") String size, @RequestParam(defaultValue = "0") String facets,
            Visitor visitor, HttpServletRequest request) {
        QueryParameters.allowOnly(request, PARAMETERS);
        if (q.isBlank()) {
            throw new BadApiRequest("Parameter q is required: the words to search for.");
        }
        SearchQuery query = new SearchQuery(q, outlets == null ? Set.of() : Set.copyOf(outlets), kinds(kinds), null,
                new EntityNames(names(people), names(places), names(organizations)),
                QueryParameters.date("from", from), QueryParameters.date("to", to), sort(sort),
                QueryParameters.number("page", page), QueryParameters.number("size", size), QueryParameters.number("facets", facets),
                access.searchesGatedText(visitor));
        return SearchJson.of(search.search(query), query.facets() > 0);
    }

    private static Set<String> names(List<String> names) {
        return names == null ? Set.of() : new LinkedHashSet<>(names);
    }

    private static Set<String> kinds(List<String> kinds) {
        if (kinds == null) {
            return Set.of();
        }
        for (String kind : kinds) {
            if (ArticleKind.fromCode(kind).isEmpty()) {
                throw new BadApiRequest("Unknown kind \"" + kind + "\". Known kinds: " + ArticleKind.codes() + ".");
            }
        }
        return Set.copyOf(kinds);
    }

    private static SearchSort sort(String sort) {
        return switch (sort.strip().toLowerCase(Locale.ROOT)) {
            case "relevance" -> SearchSort.RELEVANCE;
            case "date" -> SearchSort.DATE;
            default -> throw new BadApiRequest("Parameter sort must be relevance or date.");
        };
    }
}
