package org.parallax.access.internal.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.WebFixtures.GATED_ID;
import static org.parallax.WebFixtures.GATED_WORD;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parallax.FakeStripe;
import org.parallax.StripeWebhooks;
import org.parallax.WebTest;
import org.parallax.readers.Reader;
import org.parallax.readers.Readers;
import org.parallax.readers.Role;
import org.parallax.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.ResultActions;

/** Stripe's webhook over the whole application: signed events in, access to the gated article out. */
class StripeWebhookTest extends WebTest {

    private static final String PATH = "/billing/stripe/webhook";

    @Autowired
    Readers readers;
    @Autowired
    SubscriptionLedger ledger;
    @Autowired
    JdbcClient jdbc;

    private final String key = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private final String subscription = "sub_" + key;
    private final String customer = "cus_" + key;
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @Test
    void checkoutAndSubscriptionOpenTheGatedArticleAndDeletionClosesIt() throws Exception {
        Cookie session = SignedIn.as(mvc, readers, "subscriber-" + key + "@lakeside.example", Role.READER);
        Reader reader = readers.byEmail("subscriber-" + key + "@lakeside.example").orElseThrow();
        assertThat(readsInFull(session)).isFalse();

        deliver(checkoutCompleted("evt_a" + key, reader.id(), now.minusSeconds(5))).andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome").value("applied"));
        assertThat(readsInFull(session)).as("checkout alone gives no access before Stripe reports the state").isFalse();
        deliver(subscriptionEvent("customer.subscription.created", "evt_b" + key, null, "active", now.minusSeconds(4)))
                .andExpect(status().isOk());
        assertThat(readsInFull(session)).isTrue();
        assertThat(ledger.byStripeId(subscription).orElseThrow().stripeCustomerId()).isEqualTo(customer);

        deliver(subscriptionEvent("customer.subscription.deleted", "evt_c" + key, null, "canceled", now.minusSeconds(3)))
                .andExpect(status().isOk());
        assertThat(readsInFull(session)).isFalse();
    }

    @Test
    void subscriptionUpdatedAppliesTheNewStateAndPlan() throws Exception {
        long readerId = subscriber();
        String price = "price_" + key;
        jdbc.sql("insert into billing_plan (name, billing_interval, amount_minor, currency, stripe_price_id, active, created_at, updated_at) values ('Yearly', 'YEAR', 9000, 'EUR', ?, true, 0, 0)")
                .param(price).update();
        deliver(subscriptionEvent("customer.subscription.created", "evt_a" + key, readerId, "incomplete", now.minusSeconds(9)))
                .andExpect(status().isOk());
        assertThat(ledger.byStripeId(subscription).orElseThrow().grantsAccess()).isFalse();

        String updated = StripeWebhooks.event("customer.subscription.updated", "evt_b" + key, now.minusSeconds(8), object -> {
            subscriptionFields(object, null, "active");
            object.put("current_period_end", now.plus(Duration.ofDays(30)).getEpochSecond());
            ((tools.jackson.databind.node.ObjectNode) object.path("items").path("data").get(0).path("price")).put("id", price);
        });
        deliver(updated).andExpect(status().isOk());

        StripeSubscription row = ledger.byStripeId(subscription).orElseThrow();
        assertThat(row.grantsAccess()).isTrue();
        assertThat(row.accessUntil()).isAfter(now.plus(Duration.ofDays(29)));
        assertThat(ledger.all()).filteredOn(e -> subscription.equals(e.stripeSubscriptionId()))
                .singleElement().satisfies(e -> assertThat(e.planName()).isEqualTo("Yearly"));
    }

    @ParameterizedTest
    @CsvSource({"active, true", "trialing, true", "past_due, true", "canceled, false", "unpaid, false",
            "incomplete_expired, false", "incomplete, false"})
    void eachStripeStatusMapsToAccess(String stripeStatus, boolean reads) throws Exception {
        long readerId = subscriber();
        deliver(subscriptionEvent("customer.subscription.updated", "evt_" + key, readerId, stripeStatus, now.minusSeconds(2)))
                .andExpect(status().isOk());

        StripeSubscription row = ledger.byStripeId(subscription).orElseThrow();
        assertThat(row.status()).isEqualTo(stripeStatus);
        assertThat(allAccess(readerId)).isEqualTo(reads);
        if (stripeStatus.equals("past_due")) {
            assertThat(row.accessUntil()).isEqualTo(now.minusSeconds(2).plus(Duration.ofDays(7)));
        }
    }

    @Test
    void aFailedPaymentStartsTheGracePeriodWhichEndsSevenDaysLater() throws Exception {
        long readerId = subscriber();
        Instant periodEnd = now.minus(Duration.ofDays(8));
        deliver(StripeWebhooks.event("customer.subscription.created", "evt_a" + key, now.minus(Duration.ofDays(40)), object -> {
            subscriptionFields(object, readerId, "active");
            object.put("current_period_end", periodEnd.getEpochSecond());
        })).andExpect(status().isOk());
        assertThat(allAccess(readerId)).as("the paid period ended eight days ago").isFalse();

        deliver(invoiceFailed("evt_b" + key, now.minus(Duration.ofDays(8)))).andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome").value("applied"));
        StripeSubscription row = ledger.byStripeId(subscription).orElseThrow();
        assertThat(row.status()).isEqualTo("past_due");
        assertThat(row.accessUntil()).isEqualTo(periodEnd.plus(Duration.ofDays(7)));
        assertThat(allAccess(readerId)).as("the grace period is over").isFalse();
    }

    @Test
    void aFailedPaymentKeepsAccessDuringTheGracePeriod() throws Exception {
        long readerId = subscriber();
        deliver(subscriptionEvent("customer.subscription.created", "evt_a" + key, readerId, "active", now.minus(Duration.ofDays(31))))
                .andExpect(status().isOk());
        Instant failed = now.minus(Duration.ofDays(6));
        deliver(invoiceFailed("evt_b" + key, failed)).andExpect(status().isOk());
        // A retry that fails again does not start the grace period anew.
        deliver(invoiceFailed("evt_c" + key, now.minus(Duration.ofDays(3)))).andExpect(status().isOk());

        StripeSubscription row = ledger.byStripeId(subscription).orElseThrow();
        assertThat(row.status()).isEqualTo("past_due");
        assertThat(row.accessUntil()).isEqualTo(failed.plus(Duration.ofDays(7)));
        assertThat(allAccess(readerId)).isTrue();
    }

    @Test
    void theSameEventTwiceChangesNothing() throws Exception {
        long readerId = subscriber();
        String active = subscriptionEvent("customer.subscription.updated", "evt_a" + key, readerId, "active", now.minusSeconds(9));
        deliver(active).andExpect(status().isOk());
        deliver(subscriptionEvent("customer.subscription.deleted", "evt_b" + key, null, "canceled", now.minusSeconds(5)))
                .andExpect(status().isOk());

        deliver(active).andExpect(status().isOk()).andExpect(jsonPath("$.outcome").value("already_applied"));

        assertThat(ledger.byStripeId(subscription).orElseThrow().status()).isEqualTo("canceled");
        assertThat(allAccess(readerId)).isFalse();
        assertThat(jdbc.sql("select count(*) from stripe_event where id = ?").param("evt_a" + key).query(Integer.class).single())
                .isEqualTo(1);
    }

    @Test
    void anEventOlderThanTheLastAppliedOneIsIgnored() throws Exception {
        long readerId = subscriber();
        deliver(subscriptionEvent("customer.subscription.updated", "evt_a" + key, readerId, "active", now.minusSeconds(5)))
                .andExpect(status().isOk());
        deliver(subscriptionEvent("customer.subscription.deleted", "evt_b" + key, null, "canceled", now.minusSeconds(60)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.outcome").value("out_of_date"));

        assertThat(ledger.byStripeId(subscription).orElseThrow().status()).isEqualTo("active");
        assertThat(allAccess(readerId)).isTrue();
    }

    @Test
    void forgedStaleOrMissingSignaturesAreRefusedAndChangeNothing() throws Exception {
        long readerId = subscriber();
        String body = subscriptionEvent("customer.subscription.created", "evt_a" + key, readerId, "active", now);

        post(body, StripeWebhooks.sign(body, "whsec_someone_else", Instant.now())).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Bad signature"));
        post(body, StripeWebhooks.sign(body, FakeStripe.WEBHOOK_SECRET, Instant.now().minus(Duration.ofMinutes(6))))
                .andExpect(status().isBadRequest());
        post(body, null).andExpect(status().isBadRequest());
        post(body, "t=" + now.getEpochSecond() + ",v1=" + "0".repeat(64)).andExpect(status().isBadRequest());
        String tampered = body.replace("\"active\"", "\"trialing\"");
        post(tampered, StripeWebhooks.sign(body)).andExpect(status().isBadRequest());

        assertThat(ledger.byStripeId(subscription)).isEmpty();
        assertThat(recorded("evt_a" + key)).isFalse();
        assertThat(allAccess(readerId)).isFalse();
    }

    @Test
    void anUnknownCustomerIsRefusedUntilItCanBeLinked() throws Exception {
        long readerId = subscriber();
        String orphan = subscriptionEvent("customer.subscription.updated", "evt_a" + key, null, "active", now.minusSeconds(5));

        deliver(orphan).andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Unknown customer"));
        deliver(invoiceFailed("evt_x" + key, now)).andExpect(status().isUnprocessableContent());
        assertThat(recorded("evt_a" + key)).as("refused events are not recorded, so Stripe's retry is applied").isFalse();
        assertThat(ledger.byStripeId(subscription)).isEmpty();

        deliver(checkoutCompleted("evt_b" + key, readerId, now.minusSeconds(9))).andExpect(status().isOk());
        deliver(orphan).andExpect(status().isOk()).andExpect(jsonPath("$.outcome").value("applied"));
        assertThat(allAccess(readerId)).isTrue();
    }

    @Test
    void aCheckoutForAReaderThatDoesNotExistIsRefused() throws Exception {
        deliver(checkoutCompleted("evt_a" + key, 987_654_321L, now)).andExpect(status().isUnprocessableContent());
        assertThat(ledger.byStripeId(subscription)).isEmpty();
    }

    @Test
    void eventsWeDoNotHandleAreAcknowledgedAndIgnored() throws Exception {
        String body = """
                {"id": "evt_%s", "object": "event", "api_version": "2020-08-27", "created": %d,
                 "type": "customer.subscription.trial_will_end", "data": {"object": {"id": "%s", "object": "subscription"}}}"""
                .formatted(key, now.getEpochSecond(), subscription);
        deliver(body).andExpect(status().isOk()).andExpect(jsonPath("$.outcome").value("ignored"));
        // A payment-mode checkout is not a subscription.
        deliver(StripeWebhooks.event("checkout.session.completed", "evt_b" + key, now, object -> object.put("customer", customer)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.outcome").value("ignored"));
        assertThat(ledger.byStripeId(subscription)).isEmpty();
    }

    @Test
    void malformedAndOversizedBodiesAreRefused() throws Exception {
        deliver("{\"id\": \"evt_broken\", ").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Malformed event"));
        deliver("[1, 2, 3]").andExpect(status().isBadRequest());
        deliver("{\"id\": \"evt_" + key + "\", \"type\": \"customer.subscription.updated\"}").andExpect(status().isBadRequest());
        String huge = subscriptionEvent("customer.subscription.updated", "evt_h" + key, 1L, "active", now)
                .replace("\"metadata\":{", "\"metadata\":{\"padding\":\"" + "x".repeat(70_000) + "\",");
        deliver(huge).andExpect(status().isContentTooLarge());
        assertThat(recorded("evt_h" + key)).isFalse();
    }

    @Test
    void theWebhookNeedsNoCsrfTokenButOnlyPost() throws Exception {
        mvc.perform(get(PATH)).andExpect(status().isMethodNotAllowed());
    }

    private long subscriber() {
        return readers.register("reader-" + key + "@lakeside.example").id();
    }

    private boolean readsInFull(Cookie session) throws Exception {
        String html = mvc.perform(get("/articles/" + GATED_ID).cookie(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        return html.contains(GATED_WORD);
    }

    /** The rule the access module applies to the subscription table (JdbcSubscriptions). */
    private boolean allAccess(long readerId) {
        return jdbc.sql("select count(*) from subscription where reader_id = ? and grants_access = ? and (access_until is null or access_until > ?)")
                .params(readerId, true, Instant.now().toEpochMilli()).query(Integer.class).single() > 0;
    }

    private boolean recorded(String eventId) {
        return jdbc.sql("select count(*) from stripe_event where id = ?").param(eventId).query(Integer.class).single() > 0;
    }

    private String checkoutCompleted(String eventId, long readerId, Instant created) {
        return StripeWebhooks.event("checkout.session.completed", eventId, created, object -> {
            object.put("mode", "subscription");
            object.put("client_reference_id", Long.toString(readerId));
            object.put("customer", customer);
            object.put("subscription", subscription);
        });
    }

    private String subscriptionEvent(String type, String eventId, Long readerId, String stripeStatus, Instant created) {
        return StripeWebhooks.event(type, eventId, created, object -> {
            subscriptionFields(object, readerId, stripeStatus);
            object.put("current_period_end", created.plus(Duration.ofDays(30)).getEpochSecond());
        });
    }

    private void subscriptionFields(tools.jackson.databind.node.ObjectNode object, Long readerId, String stripeStatus) {
        object.put("id", subscription);
        object.put("customer", customer);
        object.put("status", stripeStatus);
        if (readerId != null) {
            object.putObject("metadata").put("reader_id", Long.toString(readerId));
        }
    }

    private String invoiceFailed(String eventId, Instant created) {
        return StripeWebhooks.event("invoice.payment_failed", eventId, created, object -> {
            object.put("customer", customer);
            object.put("subscription", subscription);
        });
    }

    private ResultActions deliver(String body) throws Exception {
        return post(body, StripeWebhooks.sign(body));
    }

    private ResultActions post(String body, String signature) throws Exception {
        var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(PATH)
                .contentType(MediaType.APPLICATION_JSON).content(body);
        if (signature != null) {
            request.header("Stripe-Signature", signature);
        }
        return mvc.perform(request);
    }
}
