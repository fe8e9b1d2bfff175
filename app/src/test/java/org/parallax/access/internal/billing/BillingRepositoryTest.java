package org.parallax.access.internal.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.parallax.TestDatabases;
import org.parallax.TestDatabases.Kind;
import org.parallax.TestDatabases.TestDatabase;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Plans and the subscription ledger on both databases Parallax runs on, read by the access module's rule. */
class BillingRepositoryTest {

    static final Instant MORNING = Instant.parse("2026-03-14T07:30:00Z");

    @TempDir
    Path folder;

    private final Clock clock = Clock.fixed(MORNING, ZoneOffset.UTC);
    private final AccessRules rules = new AccessRules(Duration.ofDays(7), Duration.ofHours(2));

    @ParameterizedTest
    @EnumSource(Kind.class)
    void plansAreStoredEditedAndDeactivatedButTheirStripePriceStaysUnique(Kind kind) {
        try (TestDatabase db = TestDatabases.create(kind, folder)) {
            Plans plans = new Plans(JdbcClient.create(db.dataSource()), clock);

            Plan monthly = plans.create(new PlanForm(" Monthly ", "MONTH", "900", "eur", "price_month", true));
            Plan yearly = plans.create(new PlanForm("Yearly", "year", "9000", "EUR", "price_year", true));
            plans.update(yearly.id(), new PlanForm("Yearly", "year", "8000", "EUR", "price_year", true));
            plans.setActive(monthly.id(), false);

            assertThat(monthly).isEqualTo(new Plan(monthly.id(), "Monthly", Plan.Interval.MONTH, 900, "EUR", "price_month", true));
            assertThat(plans.active()).extracting(Plan::name).containsExactly("Yearly");
            assertThat(plans.all()).hasSize(2);
            assertThat(plans.byStripePrice("price_year").orElseThrow().amountMinor()).isEqualTo(8000);
            assertThatThrownBy(() -> plans.create(new PlanForm("Copy", "month", "900", "EUR", "price_year", true)))
                    .isInstanceOf(InvalidPlan.class).hasMessageContaining("already uses");
            assertThatThrownBy(() -> plans.update(monthly.id(), new PlanForm("Monthly", "month", "900", "EUR", "price_year", true)))
                    .isInstanceOf(InvalidPlan.class);
            assertThat(plans.all()).hasSize(2);
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aDeletedReadersSubscriptionsEndAndNoLaterStripeEventGrantsAccessAgain(Kind kind) {
        try (TestDatabase db = TestDatabases.create(kind, folder)) {
            JdbcClient jdbc = JdbcClient.create(db.dataSource());
            SubscriptionLedger ledger = new SubscriptionLedger(jdbc, clock);
            long leaver = reader(jdbc, "leaver@lakeside.example");
            long stayer = reader(jdbc, "stayer@lakeside.example");
            Instant periodEnd = MORNING.plus(Duration.ofDays(30));
            ledger.insertStripe(leaver, "cus_l", "sub_l", rules.standing("active", periodEnd, null, MORNING), null, periodEnd, MORNING);
            ledger.insertStripe(leaver, "cus_l", "sub_old", new Standing("canceled", false, null), null, null, MORNING);
            ledger.grantComplimentary(leaver, periodEnd, "Press pass", stayer);
            ledger.grantComplimentary(stayer, periodEnd, null, stayer);

            jdbc.sql("update reader set email = null, deleted_at = ? where id = ?").params(MORNING.toEpochMilli(), leaver).update();
            assertThat(ledger.endForDeletedReader(leaver)).as("still billing, to cancel in Stripe").containsExactly("sub_l");
            Instant later = MORNING.plusSeconds(60);
            ledger.applyStripe(ledger.byStripeId("sub_l").orElseThrow().id(), "cus_l",
                    rules.standing("active", periodEnd, null, later), null, periodEnd, later);
            ledger.insertStripe(leaver, "cus_l", "sub_new", rules.standing("active", periodEnd, null, later), null, periodEnd, later);

            assertThat(allAccess(jdbc, leaver, MORNING.plusSeconds(120))).isFalse();
            assertThat(ledger.ofReader(leaver)).extracting(OwnSubscription::status).contains("ended", "active", "canceled");
            assertThat(allAccess(jdbc, stayer, MORNING.plusSeconds(120))).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aStripeEventIsRecordedOnce(Kind kind) {
        try (TestDatabase db = TestDatabases.create(kind, folder)) {
            SubscriptionLedger ledger = new SubscriptionLedger(JdbcClient.create(db.dataSource()), clock);

            assertThat(ledger.recordEvent("evt_1", "customer.subscription.updated")).isTrue();
            assertThat(ledger.recordEvent("evt_1", "customer.subscription.updated")).isFalse();
            assertThat(ledger.recordEvent("evt_2", "invoice.payment_failed")).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aPaidSubscriptionReadsUntilThePeriodEndsPlusSlack(Kind kind) {
        try (TestDatabase db = TestDatabases.create(kind, folder)) {
            JdbcClient jdbc = JdbcClient.create(db.dataSource());
            SubscriptionLedger ledger = new SubscriptionLedger(jdbc, clock);
            long reader = reader(jdbc, "paid@lakeside.example");
            Instant periodEnd = MORNING.plus(Duration.ofDays(30));

            ledger.insertStripe(reader, "cus_1", "sub_1", rules.standing("active", periodEnd, null, MORNING), null, periodEnd, MORNING);

            StripeSubscription row = ledger.byStripeId("sub_1").orElseThrow();
            assertThat(row.readerId()).isEqualTo(reader);
            assertThat(row.accessUntil()).isEqualTo(periodEnd.plus(Duration.ofHours(2)));
            assertThat(row.lastEventAt()).isEqualTo(MORNING);
            assertThat(ledger.readerOfCustomer("cus_1")).contains(reader);
            assertThat(ledger.readerOfCustomer("cus_other")).isEmpty();
            assertThat(allAccess(jdbc, reader, periodEnd.plus(Duration.ofHours(1)))).isTrue();
            assertThat(allAccess(jdbc, reader, periodEnd.plus(Duration.ofHours(3)))).isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void theGracePeriodAfterAFailedPaymentEndsSevenDaysLaterAndCancelingEndsAccess(Kind kind) {
        try (TestDatabase db = TestDatabases.create(kind, folder)) {
            JdbcClient jdbc = JdbcClient.create(db.dataSource());
            SubscriptionLedger ledger = new SubscriptionLedger(jdbc, clock);
            long reader = reader(jdbc, "late@lakeside.example");
            Instant periodEnd = MORNING.plus(Duration.ofDays(30));
            ledger.insertStripe(reader, "cus_2", "sub_2", rules.standing("active", periodEnd, null, MORNING), null, periodEnd, MORNING);
            StripeSubscription active = ledger.byStripeId("sub_2").orElseThrow();

            Instant failed = periodEnd.plusSeconds(60);
            Standing pastDue = rules.standing("past_due", periodEnd.plus(Duration.ofDays(30)), active, failed);
            ledger.applyStripe(active.id(), "cus_2", pastDue, null, periodEnd.plus(Duration.ofDays(30)), failed);

            assertThat(pastDue.accessUntil()).as("counted from the end of the paid period").isEqualTo(periodEnd.plus(Duration.ofDays(7)));
            assertThat(allAccess(jdbc, reader, periodEnd.plus(Duration.ofDays(6)))).isTrue();
            assertThat(allAccess(jdbc, reader, periodEnd.plus(Duration.ofDays(8)))).isFalse();
            StripeSubscription inGrace = ledger.byStripeId("sub_2").orElseThrow();
            assertThat(rules.graceEnd(inGrace, failed.plus(Duration.ofDays(3)))).as("a later failure does not restart it")
                    .isEqualTo(pastDue.accessUntil());

            ledger.applyStripe(active.id(), null, rules.standing("canceled", null, inGrace, failed.plusSeconds(60)), null, null,
                    failed.plusSeconds(60));
            assertThat(allAccess(jdbc, reader, periodEnd.plus(Duration.ofDays(1)))).isFalse();
            assertThat(ledger.byStripeId("sub_2").orElseThrow().stripeCustomerId()).isEqualTo("cus_2");
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aComplimentarySubscriptionReadsUntilItsEndOrUntilRevoked(Kind kind) {
        try (TestDatabase db = TestDatabases.create(kind, folder)) {
            JdbcClient jdbc = JdbcClient.create(db.dataSource());
            SubscriptionLedger ledger = new SubscriptionLedger(jdbc, clock);
            long admin = reader(jdbc, "admin@parallax.example");
            long reader = reader(jdbc, "press@lakeside.example");
            Instant end = MORNING.plus(Duration.ofDays(10));

            long id = ledger.grantComplimentary(reader, end, "Press pass", admin);

            SubscriptionEntry entry = ledger.entry(id).orElseThrow();
            assertThat(entry).isEqualTo(new SubscriptionEntry(id, "press@lakeside.example", "complimentary", "complimentary", true,
                    end, null, null, "Press pass", "admin@parallax.example"));
            assertThat(allAccess(jdbc, reader, end.minusSeconds(1))).isTrue();
            assertThat(allAccess(jdbc, reader, end)).isFalse();

            ledger.insertStripe(reader, "cus_3", "sub_3", new Standing("active", true, null), null, null, null);
            assertThat(ledger.revokeComplimentary(ledger.byStripeId("sub_3").orElseThrow().id())).as("paid rows are Stripe's").isFalse();
            assertThat(ledger.revokeComplimentary(id)).isTrue();
            assertThat(ledger.entry(id).orElseThrow().readsAt(MORNING)).isFalse();
            assertThat(ledger.all()).hasSize(2);
        }
    }

    private static long reader(JdbcClient jdbc, String email) {
        return jdbc.sql("insert into reader (email, role, created_at) values (?, 'READER', 0) returning id").param(email)
                .query(Long.class).single();
    }

    /** The rule JdbcSubscriptions.allAccess applies, so what billing writes is what access reads. */
    private static boolean allAccess(JdbcClient jdbc, long readerId, Instant now) {
        return jdbc.sql("select count(*) from subscription where reader_id = ? and grants_access = ? and (access_until is null or access_until > ?)")
                .params(readerId, true, now.toEpochMilli()).query(Integer.class).single() > 0;
    }
}
