package org.parallax.reviews.internal.web;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The outbox rows given up for good, for the admin page: who, after how many tries, and why. */
@Repository
class FailedDeliveries {

    static final int MOST_SHOWN = 200;

    private final JdbcClient jdbc;

    FailedDeliveries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<FailedDelivery> of(long editionId) {
        return jdbc.sql("""
                        select email, attempts, last_error from review_delivery
                        where edition_id = ? and state = 'failed' order by email limit ?""")
                .params(editionId, MOST_SHOWN)
                .query((row, number) -> new FailedDelivery(row.getString("email"), row.getInt("attempts"),
                        row.getString("last_error")))
                .list();
    }
}
