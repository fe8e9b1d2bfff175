package org.parallax.access.internal.billing;

import com.stripe.StripeClient;
import com.stripe.exception.StripeException;
import java.util.List;
import org.parallax.readers.ReaderDeleted;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Ends a deleted reader's subscriptions. Complimentary ones end at once; paid ones stop granting
 * access here and, when payments are configured, are cancelled through Stripe's API so the card is
 * not charged again. A cancellation Stripe refuses (or one without a key) is logged as work for a
 * person to do in the Stripe dashboard: the account is deleted either way.
 * The readers module publishes the event after its transaction commits, so this is a plain listener.
 */
@Component
class SubscriptionErasure {

    private static final Logger log = LoggerFactory.getLogger(SubscriptionErasure.class);

    private final SubscriptionLedger ledger;
    private final TransactionTemplate transactions;
    private final StripeClient stripe;

    SubscriptionErasure(SubscriptionLedger ledger, TransactionTemplate transactions, BillingProperties properties) {
        this.ledger = ledger;
        this.transactions = transactions;
        this.stripe = properties.client();
    }

    @EventListener
    void on(ReaderDeleted deleted) {
        List<String> billing = transactions.execute(status -> ledger.endForDeletedReader(deleted.readerId()));
        for (String subscriptionId : billing) {
            cancel(deleted.readerId(), subscriptionId);
        }
    }

    private void cancel(long readerId, String subscriptionId) {
        if (stripe == null) {
            log.warn("Reader {} deleted their account: cancel Stripe subscription {} in the Stripe dashboard"
                    + " (payments are not configured here); it grants no access any more", readerId, subscriptionId);
            return;
        }
        try {
            stripe.v1().subscriptions().cancel(subscriptionId);
            log.info("Reader {} deleted their account: cancelled Stripe subscription {}", readerId, subscriptionId);
        } catch (StripeException | RuntimeException e) {
            log.warn("Reader {} deleted their account, but Stripe did not cancel subscription {} ({}): cancel it in the"
                    + " Stripe dashboard; it grants no access any more", readerId, subscriptionId, e.getMessage());
        }
    }
}
