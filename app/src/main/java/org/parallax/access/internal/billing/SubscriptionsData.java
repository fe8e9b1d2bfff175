package org.parallax.access.internal.billing;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.parallax.readers.AccountData;
import org.parallax.readers.Reader;
import org.springframework.stereotype.Component;

/**
 * The reader's subscriptions for their data export: where each came from, how it stands, the plan
 * and until when it gives access. The Stripe customer id is the reader's own and included; keys
 * and secrets of this site never are, nor an admin's notes about the grant.
 */
@Component
class SubscriptionsData implements AccountData {

    private final SubscriptionLedger ledger;
    private final Clock clock;

    SubscriptionsData(SubscriptionLedger ledger, Clock clock) {
        this.ledger = ledger;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "subscriptions";
    }

    @Override
    public Object export(Reader reader) {
        Instant now = clock.instant();
        return ledger.ofReader(reader.id()).stream().map(subscription -> entry(subscription, now)).toList();
    }

    private static Map<String, Object> entry(OwnSubscription subscription, Instant now) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("source", subscription.complimentary() ? SubscriptionEntry.COMPLIMENTARY : subscription.source());
        entry.put("status", subscription.status());
        entry.put("plan", subscription.planName());
        entry.put("grantsAccessNow", subscription.readsAt(now));
        entry.put("accessUntil", text(subscription.accessUntil()));
        entry.put("paidUntil", text(subscription.paidUntil()));
        entry.put("created", text(subscription.created()));
        entry.put("updated", text(subscription.updated()));
        entry.put("stripeCustomer", subscription.stripeCustomerId());
        return entry;
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
