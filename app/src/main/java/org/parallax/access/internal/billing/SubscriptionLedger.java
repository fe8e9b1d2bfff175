package org.parallax.access.internal.billing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes the subscription table for billing: rows that Stripe bills and rows an admin grants.
 * Whatever it writes keeps the contract the access module reads: a row grants access while
 * {@code grants_access} is set and {@code access_until} is empty or still ahead.
 */
@Repository
class SubscriptionLedger {

    private static final String STRIPE_COLUMNS = """
            id, reader_id, stripe_customer_id, stripe_subscription_id, status, grants_access, access_until,
            current_period_end, last_event_at""";

    private final JdbcClient jdbc;
    private final Clock clock;

    SubscriptionLedger(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records a Stripe event as applied; false when it was applied before. */
    boolean recordEvent(String eventId, String type) {
        return jdbc.sql("insert into stripe_event (id, type, received_at) values (?, ?, ?) on conflict (id) do nothing")
                .params(eventId, type, clock.millis())
                .update() == 1;
    }

    Optional<StripeSubscription> byStripeId(String stripeSubscriptionId) {
        return jdbc.sql("select " + STRIPE_COLUMNS + " from subscription where stripe_subscription_id = ?")
                .param(stripeSubscriptionId).query(SubscriptionLedger::stripeRow).optional();
    }

    /** The reader a Stripe customer belongs to, from any subscription already linked to it. */
    Optional<Long> readerOfCustomer(String stripeCustomerId) {
        return jdbc.sql("select reader_id from subscription where stripe_customer_id = ? order by id desc")
                .param(stripeCustomerId).query(Long.class).list().stream().findFirst();
    }

    boolean readerExists(long readerId) {
        return jdbc.sql("select count(*) from reader where id = ? and deleted_at is null").param(readerId)
                .query(Integer.class).single() > 0;
    }

    /** A new row for a Stripe subscription; lastEventAt null when the event said nothing of its state. */
    void insertStripe(long readerId, String customerId, String subscriptionId, Standing standing, Long planId,
            Instant periodEnd, Instant lastEventAt) {
        long now = clock.millis();
        jdbc.sql("""
                        insert into subscription (reader_id, source, status, grants_access, access_until, created_at, updated_at,
                        plan_id, stripe_customer_id, stripe_subscription_id, current_period_end, last_event_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(readerId, SubscriptionEntry.STRIPE, standing.status(), standing.grantsAccess() && readerExists(readerId),
                        millis(standing.accessUntil()),
                        now, now, planId, customerId, subscriptionId, millis(periodEnd), millis(lastEventAt))
                .update();
    }

    /** Applies an event's state to a Stripe row; the plan and period stay when the event has none. */
    void applyStripe(long id, String customerId, Standing standing, Long planId, Instant periodEnd, Instant eventAt) {
        jdbc.sql("""
                        update subscription set status = ?,
                        grants_access = (? and exists (select 1 from reader r where r.id = subscription.reader_id
                                                       and r.deleted_at is null)),
                        access_until = ?, updated_at = ?,
                        plan_id = coalesce(?, plan_id), stripe_customer_id = coalesce(?, stripe_customer_id),
                        current_period_end = coalesce(?, current_period_end), last_event_at = ?
                        where id = ?""")
                .params(standing.status(), standing.grantsAccess(), millis(standing.accessUntil()), clock.millis(), planId,
                        customerId, millis(periodEnd), eventAt.toEpochMilli(), id)
                .update();
    }

    void linkCustomer(long id, String customerId) {
        jdbc.sql("update subscription set stripe_customer_id = ?, updated_at = ? where id = ?")
                .params(customerId, clock.millis(), id).update();
    }

    /** A complimentary subscription that reads until the given moment. */
    long grantComplimentary(long readerId, Instant until, String note, long grantedBy) {
        long now = clock.millis();
        return jdbc.sql("""
                        insert into subscription (reader_id, source, status, grants_access, access_until, created_at, updated_at,
                        note, granted_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(readerId, SubscriptionEntry.COMPLIMENTARY, "complimentary", true, until.toEpochMilli(), now, now,
                        note, grantedBy)
                .query(Long.class).single();
    }

    /** Ends a complimentary subscription now; false when there is no such complimentary row. */
    boolean revokeComplimentary(long id) {
        return jdbc.sql("""
                        update subscription set status = ?, grants_access = ?, updated_at = ?
                        where id = ? and source = ?""")
                .params("revoked", false, clock.millis(), id, SubscriptionEntry.COMPLIMENTARY)
                .update() == 1;
    }

    /** A reader's own subscriptions, newest first, with what they may see of them. */
    List<OwnSubscription> ofReader(long readerId) {
        return jdbc.sql("""
                        select s.source, s.status, s.grants_access, s.access_until, s.current_period_end, s.created_at,
                               s.updated_at, s.stripe_customer_id, p.name as plan_name
                        from subscription s left join billing_plan p on p.id = s.plan_id
                        where s.reader_id = ? order by s.id desc""")
                .param(readerId)
                .query((row, number) -> new OwnSubscription(row.getString("source"), row.getString("status"),
                        row.getBoolean("grants_access"), instant(row, "access_until"), instant(row, "current_period_end"),
                        instant(row, "created_at"), instant(row, "updated_at"), row.getString("stripe_customer_id"),
                        row.getString("plan_name")))
                .list();
    }

    /**
     * Ends every subscription of a deleted reader: complimentary ones are ended, paid ones stop
     * granting access here (Stripe still bills them until they are cancelled there).
     *
     * @return the Stripe subscriptions that may still be billing, to cancel in Stripe
     */
    List<String> endForDeletedReader(long readerId) {
        long now = clock.millis();
        List<String> billing = jdbc.sql("""
                        select stripe_subscription_id from subscription
                        where reader_id = ? and stripe_subscription_id is not null
                        and status not in ('canceled', 'incomplete_expired') order by id""")
                .param(readerId).query(String.class).list();
        jdbc.sql("""
                        update subscription set status = ?, grants_access = ?, access_until = ?, updated_at = ?
                        where reader_id = ? and lower(source) = ?""")
                .params("ended", false, now, now, readerId, SubscriptionEntry.COMPLIMENTARY)
                .update();
        jdbc.sql("""
                        update subscription set grants_access = ?, access_until = ?, updated_at = ?, note = ?
                        where reader_id = ? and lower(source) <> ?""")
                .params(false, now, now, "account deleted: grants no access", readerId, SubscriptionEntry.COMPLIMENTARY)
                .update();
        return billing;
    }

    Optional<SubscriptionEntry> entry(long id) {
        return entries("where s.id = ?", id).stream().findFirst();
    }

    /** Every subscription, newest first. */
    List<SubscriptionEntry> all() {
        return entries("", null);
    }

    private List<SubscriptionEntry> entries(String where, Long id) {
        var statement = jdbc.sql("""
                select s.id, r.email, s.source, s.status, s.grants_access, s.access_until, p.name as plan_name,
                       s.stripe_subscription_id, s.note, g.email as granted_by_email
                from subscription s
                join reader r on r.id = s.reader_id
                left join billing_plan p on p.id = s.plan_id
                left join reader g on g.id = s.granted_by
                """ + where + " order by s.id desc");
        if (id != null) {
            statement = statement.param(id);
        }
        return statement.query((row, number) -> new SubscriptionEntry(row.getLong("id"), row.getString("email"),
                row.getString("source"), row.getString("status"), row.getBoolean("grants_access"), instant(row, "access_until"),
                row.getString("plan_name"), row.getString("stripe_subscription_id"), row.getString("note"),
                row.getString("granted_by_email"))).list();
    }

    private static StripeSubscription stripeRow(ResultSet row, int number) throws SQLException {
        return new StripeSubscription(row.getLong("id"), row.getLong("reader_id"), row.getString("stripe_customer_id"),
                row.getString("stripe_subscription_id"), row.getString("status"), row.getBoolean("grants_access"),
                instant(row, "access_until"), instant(row, "current_period_end"), instant(row, "last_event_at"));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        long millis = row.getLong(column);
        return row.wasNull() ? null : Instant.ofEpochMilli(millis);
    }

    private static Long millis(Instant instant) {
        return instant == null ? null : instant.toEpochMilli();
    }
}
