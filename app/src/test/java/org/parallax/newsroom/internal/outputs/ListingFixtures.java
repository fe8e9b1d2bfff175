package org.parallax.newsroom.internal.outputs;

import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Newsroom rows as the editing desk keeps them, with only what listings read filled in meaningfully. */
public final class ListingFixtures {

    private ListingFixtures() {
    }

    /** A newsroom article in this state ("published", "draft", ...) listed under these comma-separated names. */
    public static void file(JdbcClient jdbc, String articleId, String state, String authors, String sections, String tags,
            Instant publishedAt) {
        jdbc.sql("""
                        insert into newsroom_article (article_id, title, kind, access, authors, sections, tags, markdown, coverage,
                            state, published_at, version, created_by, created_at, saved_by, saved_at)
                        values (?, ?, 'analysis', 'free', ?, ?, ?, '', '', ?, ?, 1, 'fixture', ?, 'fixture', ?)""")
                .params(articleId, articleId, authors, sections, tags, state, publishedAt.toEpochMilli(), publishedAt.toEpochMilli(),
                        publishedAt.toEpochMilli())
                .update();
    }
}
