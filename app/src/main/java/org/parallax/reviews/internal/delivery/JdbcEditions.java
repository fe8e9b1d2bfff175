package org.parallax.reviews.internal.delivery;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.parallax.reviews.Edition;
import org.parallax.reviews.EditionComposer;
import org.parallax.reviews.EditionContent;
import org.parallax.reviews.Editions;
import org.parallax.reviews.Review;
import org.parallax.reviews.internal.delivery.Recipients.Recipient;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Editions in review_edition and their outbox rows. Freezing stores the edition and one
 * review_delivery row per eligible recipient in one transaction; the unique (review, edition_date)
 * decides which node's edition stands when several freeze at once, and the others add nothing.
 */
@Repository
class JdbcEditions implements Editions {

    private static final RowMapper<Edition> EDITION = (rs, row) -> new Edition(rs.getLong("id"),
            Review.valueOf(rs.getString("review")), LocalDate.parse(rs.getString("edition_date")), rs.getString("subject"),
            rs.getString("html"), rs.getString("plain_text"), Instant.ofEpochMilli(rs.getLong("frozen_at")));

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;
    private final TransactionTemplate transactions;
    private final ObjectProvider<EditionComposer> composer;
    private final Recipients recipients;
    private final Clock clock;

    // The composer comes from the composition part of the module; without one nothing can be frozen.
    JdbcEditions(JdbcClient jdbc, JdbcTemplate batches, TransactionTemplate transactions,
            ObjectProvider<EditionComposer> composer, Recipients recipients, Clock clock) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.transactions = transactions;
        this.composer = composer;
        this.recipients = recipients;
        this.clock = clock;
    }

    @Override
    public Edition freeze(Review review, LocalDate date) {
        Optional<Edition> frozen = edition(review, date);
        if (frozen.isPresent()) {
            return frozen.get();
        }
        EditionContent content = composer.getObject().compose(review, date);
        return transactions.execute(status -> {
            long now = clock.millis();
            int stored = jdbc.sql("""
                            insert into review_edition (review, edition_date, subject, html, plain_text, frozen_at)
                            values (?, ?, ?, ?, ?, ?) on conflict (review, edition_date) do nothing""")
                    .params(review.name(), date.toString(), content.subject(), content.html(), content.text(), now)
                    .update();
            Edition edition = edition(review, date).orElseThrow();
            if (stored == 1) {
                address(edition.id(), recipients.eligible(review), now);
            }
            return edition;
        });
    }

    private void address(long editionId, List<Recipient> eligible, long now) {
        batches.batchUpdate("""
                        insert into review_delivery (edition_id, reader_id, email, state, attempts, due_at)
                        values (?, ?, ?, 'pending', 0, ?)""", eligible, 1000,
                (statement, recipient) -> {
                    statement.setLong(1, editionId);
                    statement.setLong(2, recipient.readerId());
                    statement.setString(3, recipient.email());
                    statement.setLong(4, now);
                });
    }

    @Override
    public Optional<Edition> edition(Review review, LocalDate date) {
        return jdbc.sql("select * from review_edition where review = ? and edition_date = ?")
                .params(review.name(), date.toString())
                .query(EDITION)
                .optional();
    }

    @Override
    public Optional<Edition> edition(long id) {
        return jdbc.sql("select * from review_edition where id = ?").param(id).query(EDITION).optional();
    }

    @Override
    public List<Edition> archive(Review review, int limit, int offset) {
        return jdbc.sql("select * from review_edition where review = ? order by edition_date desc limit ? offset ?")
                .params(review.name(), limit, offset)
                .query(EDITION)
                .list();
    }
}
