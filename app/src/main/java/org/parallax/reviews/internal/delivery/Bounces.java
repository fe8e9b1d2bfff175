package org.parallax.reviews.internal.delivery;

import java.time.Clock;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Addresses that refused mail for good (review_address). After the threshold of permanent refusals
 * an address is bouncing and is sent nothing more; a reader who changes their email starts afresh.
 */
@Repository
class Bounces {

    private final JdbcClient jdbc;
    private final Clock clock;

    Bounces(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    boolean bouncing(String email) {
        return jdbc.sql("select count(*) from review_address where email = ? and bouncing_since is not null")
                .param(email)
                .query(Integer.class)
                .single() > 0;
    }

    Set<String> bouncingAddresses() {
        return Set.copyOf(jdbc.sql("select email from review_address where bouncing_since is not null")
                .query(String.class)
                .list());
    }

    /** Counts one permanent refusal; the one that reaches the threshold marks the address bouncing. */
    void refused(String email, String reason, int threshold) {
        long now = clock.millis();
        jdbc.sql("""
                        insert into review_address (email, permanent_failures, last_failure, bouncing_since, updated_at)
                        values (?, 1, ?, ?, ?)
                        on conflict (email) do update set
                            permanent_failures = review_address.permanent_failures + 1,
                            last_failure = excluded.last_failure,
                            updated_at = excluded.updated_at,
                            bouncing_since = case
                                when review_address.bouncing_since is null and review_address.permanent_failures + 1 >= ?
                                then excluded.updated_at else review_address.bouncing_since end""")
                .params(email, shorten(reason), threshold <= 1 ? now : null, now, threshold)
                .update();
    }

    static String shorten(String reason) {
        String text = reason == null ? "" : reason.strip();
        return text.length() <= 500 ? text : text.substring(0, 500);
    }
}
