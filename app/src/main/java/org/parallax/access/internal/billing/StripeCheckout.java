package org.parallax.access.internal.billing;

import com.stripe.StripeClient;
import com.stripe.exception.StripeException;
import com.stripe.model.checkout.Session;
import com.stripe.param.checkout.SessionCreateParams;
import java.net.URI;
import org.parallax.readers.Reader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Starts Stripe Checkout for a reader and a plan. The reader's id travels with the session
 * (client_reference_id) and with the subscription it creates (metadata.reader_id), so the webhook
 * can tell whose payment it is.
 */
@Component
class StripeCheckout {

    private static final Logger log = LoggerFactory.getLogger(StripeCheckout.class);

    private final BillingProperties properties;
    private final String baseUrl;
    private final StripeClient client;

    StripeCheckout(BillingProperties properties, @Value("${parallax.base-url}") String baseUrl) {
        this.properties = properties;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.client = properties.client();
    }

    boolean configured() {
        return properties.checkoutConfigured();
    }

    /** The address of the Stripe page where this reader pays for this plan. */
    URI start(Reader reader, Plan plan) throws CheckoutFailed {
        if (client == null) {
            throw new CheckoutFailed("Payments are not configured on this site.");
        }
        String readerId = Long.toString(reader.id());
        SessionCreateParams params = SessionCreateParams.builder()
                .setMode(SessionCreateParams.Mode.SUBSCRIPTION)
                .setClientReferenceId(readerId)
                .setCustomerEmail(reader.email())
                .putMetadata("reader_id", readerId)
                .addLineItem(SessionCreateParams.LineItem.builder().setPrice(plan.stripePriceId()).setQuantity(1L).build())
                .setSubscriptionData(SessionCreateParams.SubscriptionData.builder().putMetadata("reader_id", readerId)
                        .putMetadata("plan_id", Long.toString(plan.id())).build())
                .setSuccessUrl(baseUrl + "/subscribe/thanks?session_id={CHECKOUT_SESSION_ID}")
                .setCancelUrl(baseUrl + "/subscribe?canceled")
                .build();
        try {
            Session session = client.v1().checkout().sessions().create(params);
            if (session.getUrl() == null || !session.getUrl().startsWith("https://")) {
                throw new CheckoutFailed("Stripe answered without a checkout page.");
            }
            return URI.create(session.getUrl());
        } catch (StripeException e) {
            log.warn("Stripe refused a checkout session for reader {}: {}", readerId, e.getMessage());
            throw new CheckoutFailed("The payment service could not start the payment just now. Please try again in a moment.");
        }
    }

    /** Checkout could not be started; the message can be shown to the reader. */
    static final class CheckoutFailed extends Exception {

        CheckoutFailed(String message) {
            super(message);
        }
    }
}
