package org.parallax.api.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.parallax.access.AccessPolicy;
import org.parallax.access.Visitor;
import org.parallax.library.Article;
import org.parallax.library.Library;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ArticleApiController {

    private final Library library;
    private final AccessPolicy access;

    ArticleApiController(Library library, AccessPolicy access) {
        this.library = library;
        this.access = access;
    }

    @GetMapping("/api/articles/{id}")
    ArticleJson article(@PathVariable String id, Visitor visitor, HttpServletRequest request) {
        QueryParameters.allowOnly(request, Set.of());
        Article article = library.article(id).orElseThrow(() -> new ArticleMissing(id));
        return ArticleJson.of(article, access.readable(article, visitor), library.copiesOf(article.id()));
    }
}
