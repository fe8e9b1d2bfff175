package org.parallax.newsroom.internal.tips;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.parallax.library.Article;
import org.parallax.library.Library;
import org.parallax.newsroom.InvalidTip;
import org.parallax.newsroom.ReaderTip;
import org.parallax.newsroom.ReaderTips;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcReaderTips implements ReaderTips {

    private static final String COLUMNS = "id, article_id, reader_id, body, sent_at, used_at";

    private final JdbcClient jdbc;
    private final Library library;
    private final Clock clock;

    JdbcReaderTips(JdbcClient jdbc, Library library, Clock clock) {
        this.jdbc = jdbc;
        this.library = library;
        this.clock = clock;
    }

    @Override
    public ReaderTip send(String articleId, long readerId, String text) {
        String tip = text == null ? "" : text.strip();
        if (tip.isEmpty()) {
            throw new InvalidTip("Write your tip before sending it.");
        }
        if (tip.codePointCount(0, tip.length()) > MOST_CHARACTERS) {
            throw new InvalidTip("A tip can be at most " + MOST_CHARACTERS + " characters long; shorten it, or send a link.");
        }
        if (library.article(articleId).filter(Article::own).isEmpty()) {
            throw new InvalidTip("Tips can be sent on our own articles only.");
        }
        long id = jdbc.sql("insert into reader_tip (article_id, reader_id, body, sent_at) values (?, ?, ?, ?) returning id")
                .params(articleId, readerId, tip, clock.millis())
                .query(Long.class)
                .single();
        return tip(id).orElseThrow();
    }

    @Override
    public Optional<ReaderTip> tip(long id) {
        return jdbc.sql("select " + COLUMNS + " from reader_tip where id = ?").param(id)
                .query((row, n) -> tip(row))
                .optional();
    }

    @Override
    public List<ReaderTip> newest(int limit) {
        return jdbc.sql("select " + COLUMNS + " from reader_tip order by sent_at desc, id desc limit ?").param(limit)
                .query((row, n) -> tip(row))
                .list();
    }

    @Override
    public void markUsed(long tipId, long editorId) {
        jdbc.sql("update reader_tip set used_at = ?, used_by = ? where id = ? and used_at is null")
                .params(clock.millis(), editorId, tipId)
                .update();
    }

    private static ReaderTip tip(java.sql.ResultSet row) throws java.sql.SQLException {
        long usedAt = row.getLong("used_at");
        Instant used = row.wasNull() ? null : Instant.ofEpochMilli(usedAt);
        return new ReaderTip(row.getLong("id"), row.getString("article_id"), row.getLong("reader_id"), row.getString("body"),
                Instant.ofEpochMilli(row.getLong("sent_at")), used);
    }
}
