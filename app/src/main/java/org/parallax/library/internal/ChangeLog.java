package org.parallax.library.internal;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Appends to the library's change log. Its readers remember the last sequence they saw, so
 * sequences must become visible in order: SQLite has one writer at a time anyway; on PostgreSQL
 * a transaction-scoped advisory lock makes writers of the log take turns until they commit.
 */
@Component
class ChangeLog {

    /** Any constant shared by all nodes; it names the change log's lock. */
    private static final long LOCK = 0x5041_5241_4c4cL;

    private final JdbcClient jdbc;
    private final boolean postgresql;

    ChangeLog(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.postgresql = isPostgresql(dataSource);
    }

    /** Records a change to this article inside the caller's transaction; returns its sequence. */
    long record(long articleKey, String articleId, long at) {
        if (postgresql) {
            jdbc.sql("select pg_advisory_xact_lock(?)").param(LOCK).query().singleRow();
        }
        return jdbc.sql("insert into library_change (article_id, public_id, changed_at) values (?, ?, ?) returning seq")
                .params(articleKey, articleId, at)
                .query(Long.class).single();
    }

    private static boolean isPostgresql(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgresql");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot tell which database the library runs on", e);
        }
    }
}
