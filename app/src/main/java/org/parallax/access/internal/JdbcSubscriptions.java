package org.parallax.access.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import org.parallax.access.Subscribers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the subscription table. A row grants access while its status says so and, when it has an
 * end ({@code access_until}: a complimentary end date, or a paid period plus its grace), until then.
 */
@Repository
class JdbcSubscriptions implements Subscriptions, Subscribers {

    private final JdbcClient jdbc;

    JdbcSubscriptions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean allAccess(long readerId, Instant now) {
        return jdbc.sql("""
                        select count(*) from subscription
                        where reader_id = ? and grants_access = ? and (access_until is null or access_until > ?)""")
                .params(readerId, true, now.toEpochMilli())
                .query(Integer.class)
                .single() > 0;
    }

    @Override
    public Set<Long> holdingAllAccess(Instant now) {
        return Set.copyOf(jdbc.sql("""
                        select distinct reader_id from subscription
                        where grants_access = ? and (access_until is null or access_until > ?)""")
                .params(true, now.toEpochMilli())
                .query(Long.class)
                .list());
    }

    @Override
    public Set<Long> holdingAllAccess(Collection<Long> readerIds, Instant now) {
        if (readerIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("""
                        select distinct reader_id from subscription
                        where reader_id in (:readers) and grants_access = :granted
                        and (access_until is null or access_until > :now)""")
                .param("readers", readerIds)
                .param("granted", true)
                .param("now", now.toEpochMilli())
                .query(Long.class)
                .list());
    }
}
