package org.parallax.site.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parallax.access.AccessPolicy;
import org.parallax.access.Visitor;
import org.parallax.library.ArticleKind;
import org.parallax.library.Library;
import org.parallax.search.InvalidSearch;
import org.parallax.search.SearchEngine;
import org.parallax.search.SearchHit;
import org.parallax.search.SearchQuery;
import org.parallax.search.SearchResult;
import org.parallax.search.SearchUnavailable;
import org.parallax.stories.Stories;
import org.parallax.stories.Story;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class SearchController {

    private static final Logger log = LoggerFactory.getLogger(SearchController.class);

    private final Library library;
    private final SearchEngine search;
    private final AccessPolicy access;
    private final Stories stories;

    SearchController(Library library, SearchEngine search, AccessPolicy access, Stories stories) {
        this.library = library;
        this.search = search;
        this.access = access;
        this.stories = stories;
    }

    @GetMapping("/search")
    String search(@RequestParam(required = false) String q,
            @RequestParam(name = "outlet", required = false) List<String> outlets,
            @RequestParam(name = "kind", required = false) List<String> kinds,
            @RequestParam(name = "person", required = false) List<String> people,
            @RequestParam(name = "place", required = false) List<String> places,
            @RequestParam(name = "organization", required = false) List<String> organizations,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String sort, @RequestParam(required = false) String tab,
            @RequestParam(required = false) String page, Visitor visitor, Model model, HttpServletResponse response) {
        SearchForm form = SearchForm.of(q, outlets, kinds, people, places, organizations, from, to, sort, tab, page);
        model.addAttribute("form", form);
        model.addAttribute("outlets", library.outlets());
        model.addAttribute("kinds", List.of(ArticleKind.values()));
        if (!form.blank()) {
            try {
                SearchQuery query = form.query(access.searchesGatedText(visitor));
                if (form.storiesTab()) {
                    SearchResult best = search.search(query.page(1, StoryResults.COUNTED_MATCHES));
                    Map<String, Story> filed = stories.storiesOfArticles(best.hits().stream().map(SearchHit::id).toList());
                    model.addAttribute("stories", StoryResults.of(best.total(), best.hits(), id -> Optional.ofNullable(filed.get(id))));
                    model.addAttribute("facets", best.facets());
                } else {
                    SearchResult result = search.search(query);
                    model.addAttribute("results", SearchPage.of(result));
                    model.addAttribute("facets", result.facets());
                }
            } catch (InvalidSearch invalid) {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                model.addAttribute("problem", invalid.getMessage());
            } catch (SearchUnavailable unavailable) {
                log.warn("Search is unavailable: {}", unavailable.getMessage());
                response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
                response.setHeader("Retry-After", "30");
                model.addAttribute("unavailable", true);
            }
        }
        return "site/search";
    }
}
