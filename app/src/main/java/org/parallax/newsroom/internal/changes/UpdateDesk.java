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
import org.parallax.newsroom.InvalidChange;
import org.parallax.newsroom.ReaderTip;
import org.parallax.newsroom.ReaderTips;
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
    private final ReaderTips tips;
    private final Clock clock;

    UpdateDesk(Library library, PublishedArticles articles, AuditLog audit, ReaderTips tips, Clock clock) {
        this.library = library;
        this.audit = audit;
        this.tips = tips;
        this.articles = articles;
        this.clock = clock;
    }

    /** Where an update stands in the article: at the top (news that changes the story) or at the end. */
    enum Placement { TOP, END }

    /** What the editor wrote: the update's text, where it goes, and the reader to credit for the tip, if any. */
    record NewUpdate(String text, Placement placement, String credit, String tipId) {
    }

    /**
     * Appends the update; a tip it credits must have been sent about this article, and is marked
     * used by the editor once the update is stored.
     */
    Stored append(String articleId, NewUpdate update, String editor, long editorId) {
        Article article = articles.publishedOwn(articleId);
        String text = ChangeText.checked(update.text(), MAX_CHARACTERS, "the update");
        ReaderTip credited = creditedTip(article.id(), blankToNull(update.tipId()));
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
        if (credited != null) {
            tips.markUsed(credited.id(), editorId);
        }
        audit.record(editor, "append update", article.id(), update.placement().name().toLowerCase(java.util.Locale.ROOT)
                + (block.tipId() != null ? ", tip " + block.tipId() : ""));
        return stored;
    }

    private ReaderTip creditedTip(String articleId, String tipId) {
        if (tipId == null) {
            return null;
        }
        try {
            return tips.tip(Long.parseLong(tipId)).filter(tip -> tip.articleId().equals(articleId))
                    .orElseThrow(() -> new InvalidChange("No tip " + tipId + " was sent about this article; leave the tip"
                            + " number empty or take it from the tips desk."));
        } catch (NumberFormatException e) {
            throw new InvalidChange("A tip number is a whole number, as the tips desk shows it; '" + tipId + "' is not.");
        }
    }

    /** The updates an article carries, in the order they appear. */
    static List<Block.Update> updatesOf(Article article) {
        return article.body().stream().filter(Block.Update.class::isInstance).map(Block.Update.class::cast).toList();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
