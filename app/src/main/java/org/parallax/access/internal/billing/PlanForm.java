package org.parallax.access.internal.billing;

import java.util.Currency;
import java.util.Locale;

/**
 * What an admin typed for a plan, checked before it is stored. Every refusal says what to fix.
 */
public record PlanForm(String name, String interval, String amountMinor, String currency, String stripePriceId, boolean active) {

    static final PlanForm EMPTY = new PlanForm("", "month", "", "EUR", "", true);

    /** The plan these fields describe (id 0 until stored), or {@link InvalidPlan}. */
    Plan validated(long id) {
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty() || cleanName.length() > 80) {
            throw new InvalidPlan("A plan needs a name of 1 to 80 characters.");
        }
        Plan.Interval cleanInterval = switch (interval == null ? "" : interval.strip().toLowerCase(Locale.ROOT)) {
            case "month" -> Plan.Interval.MONTH;
            case "year" -> Plan.Interval.YEAR;
            default -> throw new InvalidPlan("The interval must be month or year.");
        };
        long amount;
        try {
            amount = Long.parseLong(amountMinor == null ? "" : amountMinor.strip());
        } catch (NumberFormatException e) {
            throw new InvalidPlan("The price must be a whole number of minor units (cents), e.g. 900 for 9.00.");
        }
        if (amount < 1 || amount > 99_999_999) {
            throw new InvalidPlan("The price must be between 1 and 99999999 minor units.");
        }
        String cleanCurrency = currency == null ? "" : currency.strip().toUpperCase(Locale.ROOT);
        if (!cleanCurrency.matches("[A-Z]{3}") || Currency.getAvailableCurrencies().stream().noneMatch(c -> c.getCurrencyCode().equals(cleanCurrency))) {
            throw new InvalidPlan("The currency must be a three-letter ISO code such as EUR or USD.");
        }
        String priceId = stripePriceId == null ? "" : stripePriceId.strip();
        if (!priceId.matches("price_[A-Za-z0-9]{1,100}")) {
            throw new InvalidPlan("The Stripe price id looks like price_1Abc... (from the product's price in Stripe).");
        }
        return new Plan(id, cleanName, cleanInterval, amount, cleanCurrency, priceId, active);
    }

    static PlanForm of(Plan plan) {
        return new PlanForm(plan.name(), plan.interval().word(), Long.toString(plan.amountMinor()), plan.currency(),
                plan.stripePriceId(), plan.active());
    }
}
