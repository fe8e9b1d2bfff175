package org.parallax.access.internal.billing;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.parallax.readers.Readers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Applies verified Stripe events to the subscription table. Each event is applied at most once
 * (its id is recorded in the same transaction as its change), and an event older than the last one
 * applied to a subscription changes nothing, since Stripe does not promise delivery in order.
 */
@Service
class StripeEvents {

    private static final Logger log = LoggerFactory.getLogger(StripeEvents.class);

    static final Set<String> HANDLED = Set.of("checkout.session.completed", "customer.subscription.created",
            "customer.subscription.updated", "customer.subscription.deleted", "invoice.payment_failed");

    enum Outcome {
        APPLIED, ALREADY_APPLIED, OUT_OF_DATE, IGNORED
    }

    private final SubscriptionLedger ledger;
    private final Plans plans;
    private final AccessRules rules;
    private final Readers readers;
    private final TransactionTemplate transactions;

    StripeEvents(SubscriptionLedger ledger, Plans plans, AccessRules rules, Readers readers, TransactionTemplate transactions) {
        this.ledger = ledger;
        this.plans = plans;
        this.rules = rules;
        this.readers = readers;
        this.transactions = transactions;
    }

    /** Applies the event, all or nothing; {@link UnknownCustomer} leaves no trace, so a retry can succeed. */
    Outcome apply(StripeEvent event) {
        if (!HANDLED.contains(event.type())) {
            return Outcome.IGNORED;
        }
        return transactions.execute(status -> {
            if (!ledger.recordEvent(event.id(), event.type())) {
                return Outcome.ALREADY_APPLIED;
            }
            return switch (event.type()) {
                case "checkout.session.completed" -> checkoutCompleted(event);
                case "invoice.payment_failed" -> paymentFailed(event);
                default -> subscriptionChanged(event);
            };
        });
    }

    private Outcome checkoutCompleted(StripeEvent event) {
        String subscriptionId = event.field("subscription");
        if (!"subscription".equals(event.field("mode")) || subscriptionId == null) {
            return Outcome.IGNORED;
        }
        String customerId = event.field("customer");
        long readerId = reader(event, event.field("client_reference_id"), customerId);
        Optional<StripeSubscription> known = ledger.byStripeId(subscriptionId);
        if (known.isPresent()) {
            ledger.linkCustomer(known.get().id(), customerId);
        } else {
            // Its state comes with the customer.subscription events; until then it grants nothing.
            ledger.insertStripe(readerId, customerId, subscriptionId, new Standing("incomplete", false, null), null, null, null);
        }
        return Outcome.APPLIED;
    }

    private Outcome subscriptionChanged(StripeEvent event) {
        String subscriptionId = event.field("id");
        String status = event.field("status");
        if (subscriptionId == null || status == null) {
            throw new StripeEvent.MalformedEvent("A subscription event needs the subscription's id and status.");
        }
        if (event.type().equals("customer.subscription.deleted")) {
            status = "canceled";
        }
        String customerId = event.field("customer");
        Optional<StripeSubscription> known = ledger.byStripeId(subscriptionId);
        if (known.isPresent() && isOutOfDate(known.get(), event)) {
            return Outcome.OUT_OF_DATE;
        }
        Instant periodEnd = event.time("current_period_end");
        Long planId = planOf(event.object());
        Standing standing = rules.standing(status, periodEnd, known.orElse(null), event.created());
        if (known.isPresent()) {
            ledger.applyStripe(known.get().id(), customerId, standing, planId, periodEnd, event.created());
        } else {
            long readerId = reader(event, event.metadata("reader_id"), customerId);
            ledger.insertStripe(readerId, customerId, subscriptionId, standing, planId, periodEnd, event.created());
        }
        return Outcome.APPLIED;
    }

    private Outcome paymentFailed(StripeEvent event) {
        String subscriptionId = event.field("subscription");
        String customerId = event.field("customer");
        Optional<StripeSubscription> known = subscriptionId == null ? Optional.empty() : ledger.byStripeId(subscriptionId);
        if (known.isEmpty()) {
            // Not one of ours yet (or a one-off invoice): fine for a known customer, a mystery otherwise.
            reader(event, event.metadata("reader_id"), customerId);
            return Outcome.IGNORED;
        }
        StripeSubscription subscription = known.get();
        if (isOutOfDate(subscription, event)) {
            return Outcome.OUT_OF_DATE;
        }
        if (!Set.of("active", "trialing", "past_due").contains(subscription.status())) {
            return Outcome.IGNORED;
        }
        Standing grace = new Standing("past_due", true, rules.graceEnd(subscription, event.created()));
        ledger.applyStripe(subscription.id(), customerId, grace, null, null, event.created());
        return Outcome.APPLIED;
    }

    private static boolean isOutOfDate(StripeSubscription subscription, StripeEvent event) {
        return subscription.lastEventAt() != null && event.created().isBefore(subscription.lastEventAt());
    }

    /** The reader an event is about: by the id we gave Stripe, else by the customer already linked. */
    private long reader(StripeEvent event, String readerIdText, String customerId) {
        if (readerIdText != null && readerIdText.matches("\\d{1,18}")) {
            long readerId = Long.parseLong(readerIdText);
            if (readers.reader(readerId).isPresent()) {
                return readerId;
            }
        }
        Optional<Long> linked = customerId == null ? Optional.empty() : ledger.readerOfCustomer(customerId);
        if (linked.isPresent()) {
            return linked.get();
        }
        log.warn("Stripe event {} ({}) is about customer {}, which no reader is linked to; Stripe will retry it",
                event.id(), event.type(), customerId);
        throw new UnknownCustomer("Stripe customer " + customerId + " is not linked to any reader.");
    }

    private Long planOf(JsonNode subscription) {
        JsonNode items = subscription.path("items").path("data");
        if (!items.isArray() || items.isEmpty()) {
            return null;
        }
        String priceId = StripeEvent.text(items.get(0).path("price"), "id");
        return priceId == null ? null : plans.byStripePrice(priceId).map(Plan::id).orElse(null);
    }
}
