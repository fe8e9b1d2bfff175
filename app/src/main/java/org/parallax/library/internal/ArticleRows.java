package org.parallax.library.internal;

import java.time.Instant;
import org.parallax.library.AccessLevel;
import org.parallax.library.Article;
import org.parallax.library.ArticleKind;
import org.parallax.library.Outlet;
import org.parallax.library.TextOrigin;
import org.springframework.jdbc.core.RowMapper;

/** How an article row (joined with its outlet) reads back. */
final class ArticleRows {

    static final String SELECT = """
            select a.id, a.public_id, a.url, a.title, a.dek, a.byline, a.kind, a.access, a.language,
                   a.published_at, a.updated_at, a.body, a.revision, a.text_origin,
                   (select c.public_id from article c where c.id = a.copy_of) as copy_of_id,
                   o.id as outlet_id, o.slug as outlet_slug, o.name as outlet_name,
                   o.home_url as outlet_home, o.own as outlet_own
            from article a join outlet o on o.id = a.outlet_id
            """;

    static final RowMapper<Article> ARTICLE = (rs, row) -> {
        Outlet outlet = new Outlet(rs.getLong("outlet_id"), rs.getString("outlet_slug"), rs.getString("outlet_name"),
                rs.getString("outlet_home"), rs.getBoolean("outlet_own"));
        String access = rs.getString("access");
        long updated = rs.getLong("updated_at");
        Instant updatedAt = rs.wasNull() ? null : Instant.ofEpochMilli(updated);
        return new Article(
                rs.getLong("id"),
                rs.getString("public_id"),
                rs.getString("url"),
                outlet,
                rs.getString("title"),
                rs.getString("dek"),
                rs.getString("byline"),
                ArticleKind.fromCode(rs.getString("kind")).orElse(ArticleKind.NEWS),
                access == null ? null : AccessLevel.fromCode(access).orElse(AccessLevel.SUBSCRIBERS),
                rs.getString("language"),
                Instant.ofEpochMilli(rs.getLong("published_at")),
                updatedAt,
                BodyCodec.decode(rs.getString("body")),
                rs.getInt("revision"),
                TextOrigin.fromCode(rs.getString("text_origin")).orElse(TextOrigin.SOURCE),
                rs.getString("copy_of_id"));
    };

    private ArticleRows() {
    }
}
