package org.parallax.reviews.internal.delivery;

import org.parallax.readers.ReaderDeleted;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Forgets a deleted reader: their choices go, editions not yet sent to them are withdrawn (a sender
 * in the middle of a batch sees that before their message), and the outbox keeps what was sent
 * without the address it went to.
 */
@Component
class ReviewErasure {

    private final JdbcClient jdbc;

    ReviewErasure(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(ReaderDeleted deleted) {
        jdbc.sql("delete from review_preference where reader_id = ?").param(deleted.readerId()).update();
        jdbc.sql("""
                        update review_delivery set state = 'withdrawn', last_error = 'the account was deleted',
                            claimed_by = null, claimed_until = null
                        where reader_id = ? and state in ('pending', 'sending')""")
                .param(deleted.readerId())
                .update();
        jdbc.sql("update review_delivery set email = '' where reader_id = ?").param(deleted.readerId()).update();
    }
}
