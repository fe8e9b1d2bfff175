package org.parallax.access.internal;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.parallax.access.Allowance;
import org.parallax.access.Visitor;
import org.parallax.readers.AccountSection;
import org.parallax.readers.Reader;
import org.parallax.readers.Role;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The meter on the account page: how many free articles the reader has left in this period and
 * when the allowance renews. Readers whose email is not confirmed learn that confirming starts it;
 * subscribers and staff, whom the meter does not count, see nothing here.
 */
@Component
@Order(20)
class FreeArticlesSection implements AccountSection {

    private final ReaderMeter meter;
    private final Subscriptions subscriptions;
    private final MeterProperties properties;
    private final Clock clock;

    FreeArticlesSection(ReaderMeter meter, Subscriptions subscriptions, MeterProperties properties, Clock clock) {
        this.meter = meter;
        this.subscriptions = subscriptions;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public String title() {
        return "Free articles";
    }

    @Override
    public List<Line> lines(Reader reader) {
        if (reader.role().includes(Role.EDITOR) || subscriptions.allAccess(reader.id(), clock.instant())) {
            return List.of();
        }
        if (!reader.confirmed()) {
            return List.of(Line.plain("Confirm your email to start: you then get %d free articles a %s."
                    .formatted(properties.allowance(), properties.period().word())));
        }
        Allowance allowance = meter.allowance(new Visitor(Visitor.Standing.REGISTERED, reader.id(), false, Set.of()))
                .orElseThrow();
        return List.of(Line.plain("%d of %d free articles left this %s (%s); it renews on %s.".formatted(allowance.left(),
                allowance.articles(), allowance.periodName(), allowance.periodLabel(), Dates.day(allowance.renewsOn()))));
    }
}
