package org.parallax.newsroom.internal.changes;

import java.time.Clock;
import org.parallax.library.Article;
import org.parallax.library.Library;
import org.parallax.newsroom.InvalidChange;
import org.springframework.stereotype.Component;

/** Finds the article an update or correction is for: one of our own, already out for readers to see. */
@Component
class PublishedArticles {

    private final Library library;
    private final Clock clock;

    PublishedArticles(Library library, Clock clock) {
        this.library = library;
        this.clock = clock;
    }

    /** @throws ArticleNotFound when no own article has this id; InvalidChange when it is not yet published */
    Article publishedOwn(String id) {
        Article article = library.article(id).filter(Article::own)
                .orElseThrow(() -> new ArticleNotFound("There is no article of ours with the id " + id + "."));
        if (article.published().isAfter(clock.instant())) {
            throw new InvalidChange("\"" + article.title() + "\" is not published yet: edit it instead of appending to it.");
        }
        return article;
    }

    /** An id that names none of the publication's own articles. */
    static final class ArticleNotFound extends RuntimeException {
        ArticleNotFound(String message) {
            super(message);
        }
    }
}
