package org.parallax.library;

import java.util.List;
import java.util.Optional;

/**
 * The source of truth: outlets, articles and their revisions. Storing is idempotent by
 * canonical URL; every stored change is written to a change log that derived state
 * (search, stories) replays.
 */
public interface Library {

    /** Adds the draft, or updates the article with the same canonical URL; nobody signs the change. */
    Stored store(ArticleDraft draft);

    /**
     * Like {@link #store(ArticleDraft)}, and a new version (a changed title, dek or body) is recorded
     * with the edit's author, note and minor flag, which {@link #revisions(String)} gives back.
     */
    Stored store(ArticleDraft draft, Edit edit);

    /**
     * Stores several drafts in one transaction, which is much faster for bulk imports.
     * A draft that cannot be stored is reported in its {@link BatchItem} and the rest go on.
     */
    List<BatchItem> storeAll(List<ArticleDraft> drafts);

    Optional<Article> article(String id);

    List<Article> articles(ArticleFilter filter);

    /** The addresses and dates of the newest {@code limit} articles, own and external, newest first; no text. */
    List<ArticleStamp> stamps(int limit);

    /** The articles found to be copies of this one (the same story published again elsewhere), oldest first. */
    List<Article> copiesOf(String articleId);

    List<Outlet> outlets();

    Optional<Outlet> outlet(String slug);

    /** Adds an outlet to follow; one named like the publication is its own. */
    Outlet addOutlet(String name, String homeUrl);

    /** Renames an outlet or changes its home page; the slug, and so its URLs, stay. */
    Outlet editOutlet(String slug, String name, String homeUrl);

    /**
     * Removes an outlet that has no articles.
     *
     * @throws InvalidOutlet when it has articles (they are kept) or does not exist
     */
    void removeOutlet(String slug);

    /**
     * Takes one of the publication's own articles off the site (the newsroom's unpublish): the article
     * and its revisions are removed and a change is logged, so search and stories drop it too. The
     * newsroom keeps its own copy of the text, so publishing again stores it anew.
     *
     * @return false when there is no such article
     * @throws InvalidArticle when the article is another outlet's
     */
    boolean withdraw(String articleId);

    /** Every kept version, oldest first, ending with the current one. */
    List<Revision> revisions(String articleId);

    /** Change-log entries after {@code sequence}, oldest first. */
    List<LibraryChange> changesSince(long sequence, int limit);

    long lastChange();

    /** Articles in storage order after {@code key}, for walking the whole library. */
    List<Article> articlesAfter(long key, int limit);

    long articleCount();

    /** The outcome of one draft in a batch: stored, or refused with a reason. */
    record BatchItem(ArticleDraft draft, Optional<Stored> stored, Optional<String> error) {

        public static BatchItem stored(ArticleDraft draft, Stored stored) {
            return new BatchItem(draft, Optional.of(stored), Optional.empty());
        }

        public static BatchItem refused(ArticleDraft draft, String reason) {
            return new BatchItem(draft, Optional.empty(), Optional.of(reason));
        }
    }
}
