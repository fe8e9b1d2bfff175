package org.parallax.access.internal.billing;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parallax.readers.AccountSection;
import org.parallax.readers.Reader;
import org.parallax.readers.Role;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * All-Access on the account page: each subscription that gives the reader access now (a paid plan
 * or a complimentary one), how it stands and until when; or that there is none, with the way to
 * subscribe.
 */
@Component
@Order(10)
class AllAccessSection implements AccountSection {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private final SubscriptionLedger ledger;
    private final Clock clock;

    AllAccessSection(SubscriptionLedger ledger, Clock clock) {
        this.ledger = ledger;
        this.clock = clock;
    }

    @Override
    public String title() {
        return "All-Access";
    }

    @Override
    public List<Line> lines(Reader reader) {
        Instant now = clock.instant();
        List<Line> lines = new ArrayList<>();
        ledger.ofReader(reader.id()).stream().filter(subscription -> subscription.readsAt(now))
                .forEach(subscription -> lines.add(Line.plain(describe(subscription))));
        if (!lines.isEmpty()) {
            return lines;
        }
        if (reader.role().includes(Role.EDITOR)) {
            return List.of(Line.plain("None needed: as staff you read every article."));
        }
        return List.of(Line.plain("None: you have no All-Access subscription."),
                new Line("Subscribe to All-Access", "/subscribe"));
    }

    private static String describe(OwnSubscription subscription) {
        if (subscription.complimentary()) {
            return "Complimentary, " + until(subscription.accessUntil()) + ".";
        }
        String plan = subscription.planName() == null ? "All-Access" : subscription.planName();
        Instant end = subscription.paidUntil() != null ? subscription.paidUntil() : subscription.accessUntil();
        String standing = "past_due".equals(subscription.status())
                ? "your last payment failed; please update your card in time" : subscription.status();
        return "Paid plan " + plan + " (" + standing + "), " + (end == null ? "renewing each period" : "paid until " + DAY.format(end)) + ".";
    }

    private static String until(Instant end) {
        return end == null ? "with no end date" : "until " + DAY.format(end);
    }
}
