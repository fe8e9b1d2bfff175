package org.parallax.reviews.internal.delivery;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The per-recipient outbox (review_delivery). A row is pending until a sender claims it (sending,
 * with its claim and a lease), then sent, failed, withdrawn (the reader stopped being eligible) or
 * pending again for a retry. Every change after the claim names the claim, so a sender whose
 * lease ran out and was taken over changes nothing; each is one statement, committed at once.
 */
@Repository
class Outbox {

    /** States of a row. */
    static final String PENDING = "pending";
    static final String SENDING = "sending";
    static final String SENT = "sent";
    static final String FAILED = "failed";
    static final String WITHDRAWN = "withdrawn";

    private static final String CLAIMABLE = """
            ((state = 'pending' and due_at <= ?) or (state = 'sending' and claimed_until < ?))""";

    private final JdbcClient jdbc;

    Outbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Claims up to {@code limit} rows that are due (or whose sender's lease ran out) for this claim.
     * The condition is repeated outside the sub-select so that, on PostgreSQL, a sender that waited
     * for another's lock re-reads the rows and skips those just taken.
     */
    List<Row> claim(long editionId, String claim, int limit, long now, long leaseUntil) {
        jdbc.sql("update review_delivery set state = 'sending', claimed_by = ?, claimed_until = ?"
                        + " where edition_id = ? and " + CLAIMABLE
                        + " and reader_id in (select reader_id from review_delivery where edition_id = ? and " + CLAIMABLE
                        + " order by reader_id limit ?)")
                .params(claim, leaseUntil, editionId, now, now, editionId, now, now, limit)
                .update();
        return jdbc.sql("""
                        select reader_id, email, attempts from review_delivery
                        where edition_id = ? and state = 'sending' and claimed_by = ? order by reader_id""")
                .params(editionId, claim)
                .query((rs, row) -> new Row(rs.getLong("reader_id"), rs.getString("email"), rs.getInt("attempts")))
                .list();
    }

    /** Keeps the claim's rows for longer; false when the claim was lost (its lease ran out and another took it). */
    boolean renew(long editionId, String claim, long leaseUntil) {
        return jdbc.sql("update review_delivery set claimed_until = ? where edition_id = ? and state = 'sending' and claimed_by = ?")
                .params(leaseUntil, editionId, claim)
                .update() > 0;
    }

    /** The server took the message: recorded the moment it said so. False when the claim had been lost. */
    boolean sent(long editionId, long readerId, String claim, String email, String messageId, long now) {
        return jdbc.sql("""
                        update review_delivery set state = 'sent', email = ?, message_id = ?, sent_at = ?, last_error = null,
                            claimed_by = null, claimed_until = null
                        where edition_id = ? and reader_id = ? and state = 'sending' and claimed_by = ?""")
                .params(email, messageId, now, editionId, readerId, claim)
                .update() == 1;
    }

    /** A temporary refusal: try again at {@code dueAt}. */
    void retry(long editionId, long readerId, String claim, String error, long dueAt) {
        jdbc.sql("""
                        update review_delivery set state = 'pending', attempts = attempts + 1, due_at = ?, last_error = ?,
                            claimed_by = null, claimed_until = null
                        where edition_id = ? and reader_id = ? and state = 'sending' and claimed_by = ?""")
                .params(dueAt, Bounces.shorten(error), editionId, readerId, claim)
                .update();
    }

    /** Given up: a permanent refusal, or too many temporary ones. */
    void fail(long editionId, long readerId, String claim, String error) {
        jdbc.sql("""
                        update review_delivery set state = 'failed', attempts = attempts + 1, last_error = ?,
                            claimed_by = null, claimed_until = null
                        where edition_id = ? and reader_id = ? and state = 'sending' and claimed_by = ?""")
                .params(Bounces.shorten(error), editionId, readerId, claim)
                .update();
    }

    /** The reader is no longer to be sent this edition (unsubscribed, lapsed, deleted, bouncing). */
    void withdraw(long editionId, long readerId, String claim, String reason) {
        jdbc.sql("""
                        update review_delivery set state = 'withdrawn', last_error = ?, claimed_by = null, claimed_until = null
                        where edition_id = ? and reader_id = ? and state = 'sending' and claimed_by = ?""")
                .params(reason, editionId, readerId, claim)
                .update();
    }

    /** Hands the claim's untried rows back, due at {@code dueAt}, with no attempt counted. */
    void release(long editionId, String claim, List<Long> readerIds, long dueAt) {
        for (long readerId : readerIds) {
            jdbc.sql("""
                            update review_delivery set state = 'pending', due_at = ?, claimed_by = null, claimed_until = null
                            where edition_id = ? and reader_id = ? and state = 'sending' and claimed_by = ?""")
                    .params(dueAt, editionId, readerId, claim)
                    .update();
        }
    }

    /** Whether any row of the edition could be claimed now. */
    boolean anyDue(long editionId, long now) {
        return jdbc.sql("select count(*) from review_delivery where edition_id = ? and " + CLAIMABLE)
                .params(editionId, now, now)
                .query(Integer.class)
                .single() > 0;
    }

    /** Editions with rows not yet sent, failed or withdrawn, oldest first. */
    List<Long> editionsWithWork() {
        return jdbc.sql("select distinct edition_id from review_delivery where state in ('pending', 'sending') order by edition_id")
                .query(Long.class)
                .list();
    }

    /** How many rows of the edition stand in each state. */
    Map<String, Integer> states(long editionId) {
        return jdbc.sql("select state, count(*) as n from review_delivery where edition_id = ? group by state")
                .param(editionId)
                .query((rs, row) -> Map.entry(rs.getString("state"), rs.getInt("n")))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** A claimed row: who, the address frozen with the edition, and the failed tries so far. */
    record Row(long readerId, String email, int attempts) {
    }
}
