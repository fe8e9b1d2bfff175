package org.parallax.access.internal.billing;

import com.stripe.StripeClient;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Payment settings. Without a secret key the subscribe page says payments are not configured;
 * without a webhook secret every webhook is refused, since none could be trusted.
 *
 * @param stripeSecretKey     Stripe API key (sk_live_... or sk_test_...), empty when payments are off
 * @param stripeWebhookSecret the signing secret of the webhook endpoint (whsec_...)
 * @param stripeApiBase       where Stripe's API is reached; tests point it at a local server
 * @param gracePeriod         how long a subscriber whose payment failed keeps access
 * @param periodSlack         added to a paid period's end, so a renewal a little late cuts nobody off
 */
@ConfigurationProperties("parallax.billing")
record BillingProperties(@DefaultValue("") String stripeSecretKey, @DefaultValue("") String stripeWebhookSecret,
        @DefaultValue("https://api.stripe.com") String stripeApiBase, @DefaultValue("7d") Duration gracePeriod,
        @DefaultValue("2h") Duration periodSlack) {

    boolean checkoutConfigured() {
        return !stripeSecretKey.isBlank();
    }

    /** A client of Stripe's API with the secret key, or null when payments are off. */
    StripeClient client() {
        return checkoutConfigured() ? StripeClient.builder().setApiKey(stripeSecretKey).setApiBase(stripeApiBase).build() : null;
    }

    boolean webhookConfigured() {
        return !stripeWebhookSecret.isBlank();
    }
}
