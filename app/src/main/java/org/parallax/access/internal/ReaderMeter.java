package org.parallax.access.internal;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import org.parallax.access.Allowance;
import org.parallax.access.Meter;
import org.parallax.access.Offer;
import org.parallax.access.Visitor;
import org.springframework.stereotype.Service;

/**
 * The meter as readers meet it: their allowance in the current period (by the server's clock, in
 * the publication's time zone, never the browser's) and the unlocks that spend it.
 */
@Service
class ReaderMeter implements Meter {

    private final MeterLedger ledger;
    private final MeterProperties properties;
    private final Clock clock;

    ReaderMeter(MeterLedger ledger, MeterProperties properties, Clock clock) {
        this.ledger = ledger;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public Optional<Allowance> allowance(Visitor visitor) {
        if (!counted(visitor)) {
            return Optional.empty();
        }
        MeterPeriod.MeterWindow window = window();
        return Optional.of(allowance(window, ledger.used(visitor.readerId(), window.key())));
    }

    @Override
    public Offer offer(Visitor visitor) {
        return switch (visitor.standing()) {
            case ANONYMOUS -> new Offer(Offer.Action.EMAIL_FORM, allowance(window(), 0));
            case UNCONFIRMED -> new Offer(Offer.Action.CONFIRM_EMAIL, allowance(window(), 0));
            case REGISTERED, STAFF -> allowance(visitor)
                    .map(allowance -> new Offer(allowance.usedUp() ? Offer.Action.SUBSCRIBE : Offer.Action.USE_ONE, allowance))
                    .orElseGet(() -> new Offer(Offer.Action.SUBSCRIBE, allowance(window(), 0)));
        };
    }

    /** Spends one of the reader's articles on this one, unless it was unlocked before. */
    MeterLedger.Outcome unlock(Visitor visitor, String articleId) {
        if (!counted(visitor)) {
            throw new IllegalArgumentException("only registered readers without All-Access have an allowance");
        }
        return ledger.unlock(visitor.readerId(), articleId, window().key(), properties.allowance());
    }

    /** Makes the articles this browser unlocked by email the signed-in reader's own, uncounted. */
    void carryOver(long readerId, Set<String> articleIds) {
        ledger.carryOver(readerId, articleIds, window().key());
    }

    private static boolean counted(Visitor visitor) {
        return visitor.standing() == Visitor.Standing.REGISTERED && !visitor.allAccess();
    }

    private MeterPeriod.MeterWindow window() {
        return properties.period().at(clock.instant(), properties.timeZone());
    }

    private Allowance allowance(MeterPeriod.MeterWindow window, int used) {
        return new Allowance(properties.allowance(), used, properties.period().word(), window.label(), window.renewsOn());
    }
}
