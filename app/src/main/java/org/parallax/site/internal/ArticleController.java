package org.parallax.site.internal;

import org.parallax.access.AccessPolicy;
import org.parallax.access.Visitor;
import org.parallax.library.Article;
import org.parallax.library.Library;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class ArticleController {

    private final Library library;
    private final AccessPolicy access;

    ArticleController(Library library, AccessPolicy access) {
        this.library = library;
        this.access = access;
    }

    @GetMapping("/articles/{id}")
    String article(@PathVariable String id, Visitor visitor, Model model) {
        Article article = library.article(id).orElseThrow(() -> new PageNotFound("There is no article at this address."));
        Article original = article.isCopy() ? library.article(article.copyOf()).orElse(null) : null;
        model.addAttribute("page", ArticlePage.of(article, access.readable(article, visitor), original,
                library.copiesOf(article.id())));
        return "site/article";
    }
}
