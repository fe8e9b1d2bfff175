package org.parallax.reviews.internal.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.parallax.readers.Purpose;
import org.parallax.readers.Reader;
import org.parallax.readers.Readers;
import org.parallax.reviews.EditionContent;
import org.parallax.reviews.Review;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Readers of a fictional harbour town and editions of the reviews as the sender froze them,
 * written straight into the tables, so the pages are tested without composing or sending.
 */
final class ReviewWebFixtures {

    /** Appears only in the body of the archived Daily Review, never in its subject. */
    static final String DAILY_BODY_WORD = "Halvorsund";

    private final Readers readers;
    private final JdbcClient jdbc;

    ReviewWebFixtures(Readers readers, JdbcClient jdbc) {
        this.readers = readers;
        this.jdbc = jdbc;
    }

    static String unique(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@harbour.example";
    }

    /** A reader whose email is confirmed. */
    Reader confirmed(String email) {
        Reader reader = readers.byEmail(email).orElseGet(() -> readers.register(email));
        readers.redeem(readers.issueLink(reader.id(), Purpose.SIGN_IN), Purpose.SIGN_IN);
        return readers.reader(reader.id()).orElseThrow();
    }

    /** A confirmed reader with complimentary All-Access. */
    Reader subscriber(String email) {
        Reader reader = confirmed(email);
        long now = Instant.now().toEpochMilli();
        jdbc.sql("""
                        insert into subscription (reader_id, source, status, grants_access, access_until, created_at, updated_at)
                        values (?, 'COMPLIMENTARY', 'active', ?, null, ?, ?)""")
                .params(reader.id(), true, now, now)
                .update();
        return reader;
    }

    /** Stores an edition as frozen (once per review and date) and returns its id. */
    long edition(Review review, LocalDate date, String subject, String body) {
        String html = "<!DOCTYPE html><html><body><table role=\"presentation\"><tr><td style=\"color:#111\">"
                + "<p>" + body + "</p><p><a href=\"" + EditionContent.PREFERENCES + "\">Choose your emails</a> · <a href=\""
                + EditionContent.UNSUBSCRIBE + "\">Unsubscribe</a></p></td></tr></table></body></html>";
        String text = body + "\n\nChoose your emails: " + EditionContent.PREFERENCES + "\nUnsubscribe: " + EditionContent.UNSUBSCRIBE;
        jdbc.sql("""
                        insert into review_edition (review, edition_date, subject, html, plain_text, frozen_at)
                        values (?, ?, ?, ?, ?, ?) on conflict (review, edition_date) do nothing""")
                .params(review.name(), date.toString(), subject, html, text, Instant.now().toEpochMilli())
                .update();
        return jdbc.sql("select id from review_edition where review = ? and edition_date = ?")
                .params(review.name(), date.toString()).query(Long.class).single();
    }

    /** An outbox row of an edition for this reader, in this state. */
    void delivery(long editionId, Reader reader, String state, int attempts, String lastError) {
        jdbc.sql("""
                        insert into review_delivery (edition_id, reader_id, email, state, attempts, due_at, last_error, sent_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(editionId, reader.id(), reader.email(), state, attempts, Instant.now().toEpochMilli(), lastError,
                        state.equals("sent") ? Instant.now().toEpochMilli() : null)
                .update();
    }
}
