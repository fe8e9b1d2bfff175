package org.parallax.library.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.parallax.library.AccessLevel;
import org.parallax.library.Article;
import org.parallax.library.ArticleDraft;
import org.parallax.library.ArticleKind;
import org.parallax.library.ArticleStored;
import org.parallax.library.CanonicalUrl;
import org.parallax.library.Edit;
import org.parallax.library.InvalidArticle;
import org.parallax.library.Outlet;
import org.parallax.library.StoreOutcome;
import org.parallax.library.Stored;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes one draft inside the caller's transaction: adds it, or updates the article with the
 * same canonical URL, keeping the earlier title, dek and body as a revision. Unchanged drafts write nothing.
 * The edit that made the current version is kept on the article row and moves to the revision
 * table with that version when a newer one replaces it.
 */
@Component
class ArticleWriter {

    private final JdbcClient jdbc;
    private final OutletDirectory outlets;
    private final ChangeLog changeLog;
    private final CopyFinder copies;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ArticleWriter(JdbcClient jdbc, OutletDirectory outlets, ChangeLog changeLog, CopyFinder copies,
            ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.outlets = outlets;
        this.changeLog = changeLog;
        this.copies = copies;
        this.events = events;
        this.clock = clock;
    }

    Stored write(ArticleDraft draft) {
        return write(draft, Edit.UNATTRIBUTED);
    }

    Stored write(ArticleDraft draft, Edit edit) {
        String url = CanonicalUrl.of(draft.url());
        checkRequired(draft);
        Outlet outlet = outlets.named(draft.outletName(), url);
        Optional<Article> existing = jdbc.sql(ArticleRows.SELECT + " where a.url = ?").param(url)
                .query(ArticleRows.ARTICLE).optional();
        Article proposed = proposed(draft, url, outlet, existing);
        if (existing.isEmpty()) {
            return add(proposed, edit);
        }
        if (sameContent(existing.get(), proposed)) {
            return new Stored(existing.get(), StoreOutcome.UNCHANGED);
        }
        return update(existing.get(), proposed, edit);
    }

    /** Removes an own article inside the caller's transaction; copies of it become originals. */
    boolean withdraw(String articleId) {
        Optional<Article> found = jdbc.sql(ArticleRows.SELECT + " where a.public_id = ?").param(articleId)
                .query(ArticleRows.ARTICLE).optional();
        if (found.isEmpty()) {
            return false;
        }
        Article article = found.get();
        if (!article.own()) {
            throw new InvalidArticle("only the publication's own articles can be withdrawn: " + articleId);
        }
        jdbc.sql("update article set copy_of = null where copy_of = ?").param(article.key()).update();
        park(article);
        jdbc.sql("delete from revision where article_id = ?").param(article.key()).update();
        jdbc.sql("delete from article_band where article_id = ?").param(article.key()).update();
        // Story filings and quotes go by the foreign keys' cascade.
        jdbc.sql("delete from article where id = ?").param(article.key()).update();
        long sequence = changeLog.record(article.key(), article.id(), clock.millis());
        events.publishEvent(new ArticleStored(article.key(), article.id(), sequence, StoreOutcome.WITHDRAWN));
        return true;
    }

    /** Keeps every version of a withdrawn article, the current one last, so storing it again restores its history. */
    private void park(Article article) {
        jdbc.sql("""
                        insert into withdrawn_revision (public_id, url, number, title, dek, body, recorded_at, author, note, minor)
                        select ?, ?, number, title, dek, body, recorded_at, author, note, minor from revision where article_id = ?""")
                .params(article.id(), article.url(), article.key())
                .update();
        Edit edit = currentEdit(article.key());
        jdbc.sql("""
                        insert into withdrawn_revision (public_id, url, number, title, dek, body, recorded_at, author, note, minor)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(article.id(), article.url(), article.revision(), article.title(), article.dek(),
                        BodyCodec.encode(article.body()), millis(article.updated() != null ? article.updated() : article.published()),
                        edit.author(), edit.note(), edit.minor())
                .update();
    }

    /** The last version number an article withdrawn from this address had, or 0. */
    private int parkedVersions(String publicId, String url) {
        Integer last = jdbc.sql("select max(number) from withdrawn_revision where public_id = ? and url = ?")
                .params(publicId, url).query(Integer.class).optional().orElse(null);
        return last == null ? 0 : last;
    }

    /** Gives an article stored again the versions it had when it was withdrawn. */
    private void restoreParked(long key, String publicId, String url) {
        jdbc.sql("""
                        insert into revision (article_id, number, title, dek, body, recorded_at, author, note, minor)
                        select ?, number, title, dek, body, recorded_at, author, note, minor from withdrawn_revision
                        where public_id = ? and url = ?""")
                .params(key, publicId, url)
                .update();
        jdbc.sql("delete from withdrawn_revision where public_id = ?").param(publicId).update();
    }

    /** Who made the article's current version, and why. */
    Edit currentEdit(long articleKey) {
        return jdbc.sql("select revision_author, revision_note, revision_minor from article where id = ?")
                .param(articleKey)
                .query((rs, row) -> new Edit(rs.getString("revision_author"), rs.getString("revision_note"),
                        rs.getBoolean("revision_minor")))
                .optional().orElse(Edit.UNATTRIBUTED);
    }

    private static void checkRequired(ArticleDraft draft) {
        if (draft.title() == null || draft.title().isBlank()) {
            throw new InvalidArticle("title is empty");
        }
        if (draft.published() == null) {
            throw new InvalidArticle("published date is missing");
        }
        if (draft.body().isEmpty() || draft.body().stream().allMatch(block -> block.text().isBlank())) {
            throw new InvalidArticle("text is empty");
        }
        if (draft.id() != null && !Slugs.VALID_ID.matcher(draft.id()).matches()) {
            throw new InvalidArticle("id must be 1 to 200 letters, digits, '.', '_', '~' or '-' and start with a letter or digit: " + draft.id());
        }
    }

    private Article proposed(ArticleDraft draft, String url, Outlet outlet, Optional<Article> existing) {
        String id = existing.map(Article::id)
                .orElseGet(() -> draft.id() != null ? draft.id() : Slugs.articleId(draft.title(), url));
        AccessLevel access = outlet.own() ? Objects.requireNonNullElse(draft.access(), AccessLevel.SUBSCRIBERS) : null;
        ArticleKind kind = Objects.requireNonNullElse(draft.kind(), ArticleKind.NEWS);
        boolean textChanged = existing.map(old -> !old.title().equals(draft.title().trim())
                        || !Objects.equals(old.dek(), blankToNull(draft.dek())) || !old.body().equals(draft.body()))
                .orElse(false);
        Instant updated = draft.updated() != null ? draft.updated()
                : textChanged ? clock.instant() : existing.map(Article::updated).orElse(null);
        int revision = existing.map(old -> textChanged ? old.revision() + 1 : old.revision()).orElse(1);
        return new Article(existing.map(Article::key).orElse(0L), id, url, outlet, draft.title().trim(),
                blankToNull(draft.dek()), blankToNull(draft.byline()), kind, access, blankToNull(draft.language()),
                draft.published(), updated, draft.body(), revision, draft.textOrigin(), null);
    }

    private Stored add(Article proposed, Edit edit) {
        boolean idTaken = jdbc.sql("select count(*) from article where public_id = ?").param(proposed.id())
                .query(Long.class).single() > 0;
        if (idTaken) {
            throw new InvalidArticle("id " + proposed.id() + " already belongs to another article");
        }
        int parked = parkedVersions(proposed.id(), proposed.url());
        Article article = parked == 0 ? proposed : withRevision(proposed, parked + 1);
        long key = jdbc.sql("""
                        insert into article (public_id, url, outlet_id, title, dek, byline, kind, access, language,
                                             published_at, updated_at, body, revision, stored_at, text_origin,
                                             revision_author, revision_note, revision_minor)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(article.id(), article.url(), article.outlet().id(), article.title(), article.dek(),
                        article.byline(), article.kind().code(), code(article.access()), article.language(),
                        article.published().toEpochMilli(), millis(article.updated()), BodyCodec.encode(article.body()),
                        article.revision(), clock.millis(), article.textOrigin().code(),
                        edit.author(), edit.note(), edit.minor())
                .query(Long.class).single();
        if (parked > 0) {
            restoreParked(key, article.id(), article.url());
        }
        Article added = linkCopy(withKey(article, key));
        recordChange(added, StoreOutcome.ADDED);
        return new Stored(added, StoreOutcome.ADDED);
    }

    private Stored update(Article old, Article article, Edit edit) {
        if (article.revision() != old.revision()) {
            Edit oldEdit = currentEdit(old.key());
            jdbc.sql("""
                            insert into revision (article_id, number, title, dek, body, recorded_at, author, note, minor)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(old.key(), old.revision(), old.title(), old.dek(), BodyCodec.encode(old.body()),
                            millis(old.updated() != null ? old.updated() : old.published()),
                            oldEdit.author(), oldEdit.note(), oldEdit.minor())
                    .update();
            jdbc.sql("update article set revision_author = ?, revision_note = ?, revision_minor = ? where id = ?")
                    .params(edit.author(), edit.note(), edit.minor(), old.key())
                    .update();
        }
        jdbc.sql("""
                        update article set outlet_id = ?, title = ?, dek = ?, byline = ?, kind = ?, access = ?,
                               language = ?, published_at = ?, updated_at = ?, body = ?, revision = ?, stored_at = ?,
                               text_origin = ?
                        where id = ?""")
                .params(article.outlet().id(), article.title(), article.dek(), article.byline(), article.kind().code(),
                        code(article.access()), article.language(), article.published().toEpochMilli(),
                        millis(article.updated()), BodyCodec.encode(article.body()), article.revision(), clock.millis(),
                        article.textOrigin().code(), old.key())
                .update();
        Article updated = linkCopy(article);
        recordChange(updated, StoreOutcome.UPDATED);
        return new Stored(updated, StoreOutcome.UPDATED);
    }

    /** Links the article to the one it copies, if any (and unlinks it when an edit made it its own). */
    private Article linkCopy(Article article) {
        Long original = copies.fingerprint(article).orElse(null);
        jdbc.sql("update article set copy_of = ? where id = ?").params(original, article.key()).update();
        String originalId = original == null ? null
                : jdbc.sql("select public_id from article where id = ?").param(original).query(String.class).single();
        return new Article(article.key(), article.id(), article.url(), article.outlet(), article.title(), article.dek(),
                article.byline(), article.kind(), article.access(), article.language(), article.published(),
                article.updated(), article.body(), article.revision(), article.textOrigin(), originalId);
    }

    private void recordChange(Article article, StoreOutcome outcome) {
        long sequence = changeLog.record(article.key(), article.id(), clock.millis());
        events.publishEvent(new ArticleStored(article.key(), article.id(), sequence, outcome));
    }

    private static boolean sameContent(Article old, Article proposed) {
        return old.outlet().id() == proposed.outlet().id()
                && old.title().equals(proposed.title())
                && Objects.equals(old.dek(), proposed.dek())
                && Objects.equals(old.byline(), proposed.byline())
                && old.kind() == proposed.kind()
                && old.access() == proposed.access()
                && Objects.equals(old.language(), proposed.language())
                && old.published().toEpochMilli() == proposed.published().toEpochMilli()
                && Objects.equals(millis(old.updated()), millis(proposed.updated()))
                && old.body().equals(proposed.body())
                && old.textOrigin() == proposed.textOrigin();
    }

    private static Article withRevision(Article a, int revision) {
        return new Article(a.key(), a.id(), a.url(), a.outlet(), a.title(), a.dek(), a.byline(), a.kind(), a.access(),
                a.language(), a.published(), a.updated(), a.body(), revision, a.textOrigin(), a.copyOf());
    }

    private static Article withKey(Article a, long key) {
        return new Article(key, a.id(), a.url(), a.outlet(), a.title(), a.dek(), a.byline(), a.kind(), a.access(),
                a.language(), a.published(), a.updated(), a.body(), a.revision(), a.textOrigin(), a.copyOf());
    }

    private static String code(AccessLevel access) {
        return access == null ? null : access.code();
    }

    private static Long millis(Instant instant) {
        return instant == null ? null : instant.toEpochMilli();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
