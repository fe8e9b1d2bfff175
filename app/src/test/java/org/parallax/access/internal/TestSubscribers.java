package org.parallax.access.internal;

import java.time.Instant;
import javax.sql.DataSource;
import org.parallax.access.Subscribers;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The access module's subscribers over a real database, and complimentary subscriptions to fill it. */
public final class TestSubscribers {

    private TestSubscribers() {
    }

    public static Subscribers over(DataSource dataSource) {
        return new JdbcSubscriptions(JdbcClient.create(dataSource));
    }

    /** A complimentary All-Access subscription, until {@code until} when it is not null. */
    public static void grant(DataSource dataSource, long readerId, Instant now, Instant until) {
        JdbcClient.create(dataSource).sql("""
                        insert into subscription (reader_id, source, status, grants_access, access_until, created_at, updated_at)
                        values (?, 'complimentary', 'complimentary', ?, ?, ?, ?)""")
                .params(readerId, true, until == null ? null : until.toEpochMilli(), now.toEpochMilli(), now.toEpochMilli())
                .update();
    }
}
