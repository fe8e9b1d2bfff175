package org.parallax.access.internal.billing;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;

/**
 * An All-Access plan: the price an admin set, and the Stripe price Checkout charges for it (public
 * for the templates).
 *
 * @param amountMinor the price in the currency's minor unit (cents), as Stripe counts it
 */
public record Plan(long id, String name, Interval interval, long amountMinor, String currency, String stripePriceId, boolean active) {

    public enum Interval {
        MONTH, YEAR;

        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** "EUR 9.00 a month". */
    public String price() {
        int digits = Math.max(0, Currency.getInstance(currency.toUpperCase(Locale.ROOT)).getDefaultFractionDigits());
        return currency.toUpperCase(Locale.ROOT) + " " + BigDecimal.valueOf(amountMinor, digits).toPlainString()
                + " a " + interval.word();
    }
}
