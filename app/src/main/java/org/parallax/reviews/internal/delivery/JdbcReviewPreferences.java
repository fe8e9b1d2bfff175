package org.parallax.reviews.internal.delivery;

import java.time.Clock;
import java.util.Set;
import org.parallax.readers.Readers;
import org.parallax.reviews.Review;
import org.parallax.reviews.internal.ReviewPreferences;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Readers' choices in review_preference. The newsletter has one source of truth, the reader's
 * newsletter sign-up in the readers module, so the account page and the review links never
 * disagree: choosing it here signs the reader up or off there too.
 */
@Repository
class JdbcReviewPreferences implements ReviewPreferences {

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Readers readers;
    private final Clock clock;

    JdbcReviewPreferences(JdbcClient jdbc, TransactionTemplate transactions, Readers readers, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.readers = readers;
        this.clock = clock;
    }

    @Override
    public boolean wants(long readerId, Review review) {
        if (review == Review.NEWSLETTER) {
            return readers.reader(readerId).isPresent() && readers.newsletter(readerId);
        }
        return jdbc.sql("select wanted from review_preference where reader_id = ? and review = ?")
                .params(readerId, review.name())
                .query(Boolean.class)
                .optional()
                .orElse(true);
    }

    @Override
    public void choose(long readerId, Review review, boolean wanted) {
        transactions.executeWithoutResult(status -> {
            if (review == Review.NEWSLETTER) {
                readers.setNewsletter(readerId, wanted);
            }
            jdbc.sql("""
                            insert into review_preference (reader_id, review, wanted, changed_at) values (?, ?, ?, ?)
                            on conflict (reader_id, review) do update set wanted = excluded.wanted, changed_at = excluded.changed_at""")
                    .params(readerId, review.name(), wanted, clock.millis())
                    .update();
        });
    }

    /** The readers who said no to this review (for the reviews; the newsletter asks the readers module). */
    Set<Long> declined(Review review) {
        return Set.copyOf(jdbc.sql("select reader_id from review_preference where review = ? and wanted = ?")
                .params(review.name(), false)
                .query(Long.class)
                .list());
    }
}
