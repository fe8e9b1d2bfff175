package org.parallax.newsroom.internal.editing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.parallax.library.AccessLevel;
import org.parallax.library.ArticleKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The newsroom's articles. Every change names the version it was based on and succeeds only while
 * the row is still at it, so two editors (or two nodes' schedulers) cannot both win.
 */
@Repository
class DeskArticles {

    private static final String SELECT = """
            select id, article_id, title, dek, kind, access, authors, sections, tags, markdown, lead_image_url,
                   lead_image_alt, lead_image_width, lead_image_height, coverage, state, publish_at, published_at,
                   version, created_by, created_at, saved_by, saved_at
            from newsroom_article""";

    private final JdbcClient jdbc;

    DeskArticles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean idTaken(String articleId) {
        return jdbc.sql("select count(*) from newsroom_article where article_id = ?").param(articleId).query(Long.class).single() > 0;
    }

    DeskArticle add(String articleId, Copy copy, String editor, Instant now) {
        LeadImage image = copy.leadImage();
        jdbc.sql("""
                        insert into newsroom_article (article_id, title, dek, kind, access, authors, sections, tags, markdown,
                            lead_image_url, lead_image_alt, lead_image_width, lead_image_height, coverage, state, version,
                            created_by, created_at, saved_by, saved_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?)""")
                .params(articleId, copy.title(), copy.dek(), copy.kind().code(), copy.access().code(), copy.authors(),
                        copy.sections(), copy.tags(), copy.markdown(), image == null ? null : image.url(),
                        image == null ? null : image.alt(), image == null ? null : image.width(),
                        image == null ? null : image.height(), copy.coverage(), DeskState.DRAFT.code(),
                        editor, now.toEpochMilli(), editor, now.toEpochMilli())
                .update();
        return find(articleId).orElseThrow();
    }

    Optional<DeskArticle> find(String articleId) {
        return jdbc.sql(SELECT + " where article_id = ?").param(articleId).query(DeskArticles::row).optional();
    }

    /** Newest saved first; a null state lists them all. */
    List<DeskArticle> list(DeskState state, int limit) {
        if (state == null) {
            return jdbc.sql(SELECT + " order by saved_at desc, id desc limit ?").param(limit).query(DeskArticles::row).list();
        }
        return jdbc.sql(SELECT + " where state = ? order by saved_at desc, id desc limit ?").params(state.code(), limit)
                .query(DeskArticles::row).list();
    }

    /**
     * Writes the content and standing when the row is still at {@code basedOn}; the version grows by one.
     *
     * @return false when someone else saved first
     */
    boolean save(String articleId, int basedOn, Copy copy, DeskState state, Instant publishAt, Instant publishedAt,
            String editor, Instant now) {
        LeadImage image = copy.leadImage();
        return jdbc.sql("""
                        update newsroom_article set title = ?, dek = ?, kind = ?, access = ?, authors = ?, sections = ?,
                            tags = ?, markdown = ?, lead_image_url = ?, lead_image_alt = ?, lead_image_width = ?,
                            lead_image_height = ?, coverage = ?, state = ?, publish_at = ?, published_at = ?,
                            version = version + 1, saved_by = ?, saved_at = ?
                        where article_id = ? and version = ?""")
                .params(copy.title(), copy.dek(), copy.kind().code(), copy.access().code(), copy.authors(),
                        copy.sections(), copy.tags(), copy.markdown(), image == null ? null : image.url(),
                        image == null ? null : image.alt(), image == null ? null : image.width(),
                        image == null ? null : image.height(), copy.coverage(), state.code(), millis(publishAt),
                        millis(publishedAt), editor, now.toEpochMilli(), articleId, basedOn)
                .update() == 1;
    }

    /** Changes only the standing, when the row is still at {@code basedOn}. */
    boolean restate(String articleId, int basedOn, DeskState state, Instant publishedAt, String editor, Instant now) {
        return jdbc.sql("""
                        update newsroom_article set state = ?, published_at = ?, version = version + 1, saved_by = ?, saved_at = ?
                        where article_id = ? and version = ?""")
                .params(state.code(), millis(publishedAt), editor, now.toEpochMilli(), articleId, basedOn)
                .update() == 1;
    }

    /** Scheduled articles whose time has come, oldest first. */
    List<DeskArticle> due(Instant now, int limit) {
        return jdbc.sql(SELECT + " where state = ? and publish_at <= ? order by publish_at, id limit ?")
                .params(DeskState.SCHEDULED.code(), now.toEpochMilli(), limit)
                .query(DeskArticles::row).list();
    }

    /**
     * Moves a due article from scheduled to published, once: of two nodes trying, one changes the
     * row and the other finds it no longer scheduled at that version.
     */
    boolean claimDue(DeskArticle article, Instant now) {
        return jdbc.sql("""
                        update newsroom_article set state = ?, published_at = coalesce(published_at, ?), version = version + 1,
                            saved_at = ?
                        where article_id = ? and version = ? and state = ?""")
                .params(DeskState.PUBLISHED.code(), now.toEpochMilli(), now.toEpochMilli(), article.articleId(),
                        article.version(), DeskState.SCHEDULED.code())
                .update() == 1;
    }

    private static DeskArticle row(ResultSet rs, int row) throws SQLException {
        String imageUrl = rs.getString("lead_image_url");
        LeadImage image = imageUrl == null ? null
                : new LeadImage(imageUrl, rs.getString("lead_image_alt"), rs.getInt("lead_image_width"), rs.getInt("lead_image_height"));
        Copy copy = new Copy(rs.getString("title"), rs.getString("dek"),
                ArticleKind.fromCode(rs.getString("kind")).orElse(ArticleKind.ANALYSIS),
                AccessLevel.fromCode(rs.getString("access")).orElse(AccessLevel.SUBSCRIBERS),
                rs.getString("authors"), rs.getString("sections"), rs.getString("tags"), rs.getString("markdown"),
                image, rs.getString("coverage"));
        return new DeskArticle(rs.getLong("id"), rs.getString("article_id"), copy,
                DeskState.fromCode(rs.getString("state")).orElse(DeskState.DRAFT), instant(rs, "publish_at"),
                instant(rs, "published_at"), rs.getInt("version"), rs.getString("created_by"),
                Instant.ofEpochMilli(rs.getLong("created_at")), rs.getString("saved_by"),
                Instant.ofEpochMilli(rs.getLong("saved_at")));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        long millis = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(millis);
    }

    private static Long millis(Instant instant) {
        return instant == null ? null : instant.toEpochMilli();
    }
}
