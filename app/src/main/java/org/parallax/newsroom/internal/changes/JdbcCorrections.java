package org.parallax.newsroom.internal.changes;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.parallax.library.Article;
import org.parallax.newsroom.Correction;
import org.parallax.newsroom.CorrectionKind;
import org.parallax.newsroom.AuditLog;
import org.parallax.newsroom.Corrections;
import org.parallax.newsroom.InvalidChange;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
class JdbcCorrections implements Corrections {

    /** Long enough for any honest correction, short enough that the corrections page stays a page. */
    static final int MAX_CHARACTERS = 4_000;

    private static final String SELECT = "select id, article_id, article_title, kind, text, recorded_at from correction ";
    private static final RowMapper<Correction> CORRECTION = (rs, row) -> new Correction(rs.getLong("id"),
            rs.getString("article_id"), rs.getString("article_title"), CorrectionKind.ofCode(rs.getString("kind")),
            rs.getString("text"), Instant.ofEpochMilli(rs.getLong("recorded_at")));

    private final JdbcClient jdbc;
    private final PublishedArticles articles;
    private final AuditLog audit;
    private final Clock clock;

    JdbcCorrections(JdbcClient jdbc, PublishedArticles articles, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.articles = articles;
        this.clock = clock;
    }

    @Override
    public Correction add(String articleId, CorrectionKind kind, String text, String editor) {
        Article article = articles.publishedOwn(articleId);
        String note = ChangeText.checked(text, MAX_CHARACTERS, "the " + kind.code());
        Instant now = clock.instant();
        long id = jdbc.sql("""
                        insert into correction (article_id, article_title, kind, text, editor, recorded_at)
                        values (?, ?, ?, ?, ?, ?) returning id""")
                .params(article.id(), article.title(), kind.code(), note, editor, now.toEpochMilli())
                .query(Long.class).single();
        audit.record(editor, "add " + kind.code(), article.id(), "note " + id);
        return new Correction(id, article.id(), article.title(), kind, note, Instant.ofEpochMilli(now.toEpochMilli()));
    }

    @Override
    public List<Correction> of(String articleId) {
        return jdbc.sql(SELECT + "where article_id = ? order by recorded_at, id").param(articleId).query(CORRECTION).list();
    }

    @Override
    public List<Correction> latest(int limit) {
        return jdbc.sql(SELECT + "order by recorded_at desc, id desc limit ?").param(limit).query(CORRECTION).list();
    }
}
