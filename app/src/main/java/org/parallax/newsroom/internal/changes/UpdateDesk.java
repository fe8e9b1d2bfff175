package org.parallax.newsroom.internal.changes;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.parallax.library.Article;
import org.parallax.library.ArticleDraft;
import org.parallax.library.Block;
import org.parallax.library.Edit;
import org.parallax.library.Library;
import org.parallax.library.Stored;
import org.parallax.newsroom.AuditLog;
import org.springframework.stereotype.Component;

/**
 * Appends timestamped updates to published articles. The update becomes part of the body and goes
 * through the library, so the article's updated time, the search index, the story desk and the
 * feeds all follow it the way they follow any stored change.
 */
@Component
class UpdateDesk {

    /** An update is a few paragraphs at most; a longer change is an edit of the article. */
    static final int MAX_CHARACTERS = 10_000;

    private final Library library;
    private final PublishedArticles articles;
    private final AuditLog audit;
    private final Clock clock;

    UpdateDesk(Library library, PublishedArticles articles, AuditLog audit, Clock clock) {
        this.library = library;
        this.audit = audit;
        this.articles = articles;
        this.clock = clock;
    }

    /** Where an update stands in the article: at the top (news that changes the story) or at the end. */
    enum Placement { TOP, END }

    /** What the editor wrote: the update's text, where it goes, and the reader to credit for the tip, if any. */
    record NewUpdate(String text, Placement placement, String credit, String tipId) {
    }

    Stored append(String articleId, NewUpdate update, String editor) {
        Article article = articles.publishedOwn(articleId);
        String text = ChangeText.checked(update.text(), MAX_CHARACTERS, "the update");
        // Whole milliseconds: the body keeps epoch milliseconds, so the stored update equals this one.
        Instant now = Instant.ofEpochMilli(clock.millis());
        Block.Update block = new Block.Update(now, text, blankToNull(update.credit()), blankToNull(update.tipId()));
        List<Block> body = new ArrayList<>(article.body());
        if (update.placement() == Placement.TOP) {
            body.addFirst(block);
        } else {
            body.add(block);
        }
        Stored stored = library.store(new ArticleDraft(article.id(), article.url(), article.outlet().name(), article.title(),
                article.dek(), article.byline(), article.kind(), article.access(), article.language(),
                article.published(), now, body, article.textOrigin()),
                new Edit(editor, "An update was appended.", false));
        audit.record(editor, "append update", article.id(), update.placement().name().toLowerCase(java.util.Locale.ROOT)
                + (block.tipId() != null ? ", tip " + block.tipId() : ""));
        return stored;
    }

    /** The updates an article carries, in the order they appear. */
    static List<Block.Update> updatesOf(Article article) {
        return article.body().stream().filter(Block.Update.class::isInstance).map(Block.Update.class::cast).toList();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
