package org.parallax.site.internal;

import org.parallax.access.AccessPolicy;
import org.parallax.access.Reach;
import org.parallax.access.Visitor;
import org.parallax.library.Article;
import org.parallax.library.Library;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The public history of one of our own articles: every version, with word-level changes. */
@Controller
class HistoryController {

    private final Library library;
    private final AccessPolicy access;

    HistoryController(Library library, AccessPolicy access) {
        this.library = library;
        this.access = access;
    }

    @GetMapping("/articles/{id}/history")
    String history(@PathVariable String id, Visitor visitor, Model model) {
        Article article = library.article(id).filter(Article::own)
                .orElseThrow(() -> new PageNotFound("There is no history for this address."));
        // Revisions hold whole bodies, so only a reader who may read the whole article sees body diffs.
        boolean bodyReadable = access.decide(article, visitor).reach() == Reach.FULL;
        model.addAttribute("history", HistoryPage.of(article.id(), library.revisions(id), bodyReadable, visitor.staff()));
        return "site/history";
    }
}
