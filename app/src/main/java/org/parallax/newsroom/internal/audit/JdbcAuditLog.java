package org.parallax.newsroom.internal.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.parallax.newsroom.AuditEntry;
import org.parallax.newsroom.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcAuditLog implements AuditLog {

    private static final int LONGEST_DETAIL = 2000;

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcAuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void record(String actor, String action, String subject, String detail) {
        // A note pasted whole should not swell the log: what matters is that it was there.
        String kept = detail == null || detail.length() <= LONGEST_DETAIL ? detail : detail.substring(0, LONGEST_DETAIL) + "…";
        jdbc.sql("insert into audit_entry (at, actor, action, subject, detail) values (?, ?, ?, ?, ?)")
                .params(clock.millis(), actor, action, subject, kept)
                .update();
    }

    @Override
    public List<AuditEntry> latest(int limit) {
        return jdbc.sql("select id, at, actor, action, subject, detail from audit_entry order by id desc limit ?")
                .param(limit)
                .query((rs, row) -> new AuditEntry(rs.getLong("id"), Instant.ofEpochMilli(rs.getLong("at")),
                        rs.getString("actor"), rs.getString("action"), rs.getString("subject"), rs.getString("detail")))
                .list();
    }
}
