package org.parallax.site.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.parallax.access.AccessPolicy;
import org.parallax.access.Visitor;
import org.parallax.library.ArticleKind;
import org.parallax.library.Library;
import org.parallax.search.InvalidSearch;
import org.parallax.search.SearchEngine;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class SearchController {

    private final Library library;
    private final SearchEngine search;
    private final AccessPolicy access;

    SearchController(Library library, SearchEngine search, AccessPolicy access) {
        this.library = library;
        this.search = search;
        this.access = access;
    }

    @GetMapping("/search")
    String search(@RequestParam(required = false) String q,
            @RequestParam(name = "outlet", required = false) List<String> outlets,
            @RequestParam(name = "kind", required = false) List<String> kinds,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String sort, @RequestParam(required = false) String page,
            Visitor visitor, Model model, HttpServletResponse response) {
        SearchForm form = SearchForm.of(q, outlets, kinds, from, to, sort, page);
        model.addAttribute("form", form);
        model.addAttribute("outlets", library.outlets());
        model.addAttribute("kinds", List.of(ArticleKind.values()));
        if (!form.blank()) {
            try {
                model.addAttribute("results", SearchPage.of(search.search(form.query(access.searchesGatedText(visitor)))));
            } catch (InvalidSearch invalid) {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                model.addAttribute("problem", invalid.getMessage());
            }
        }
        return "site/search";
    }
}
