package org.parallax.reviews.internal.delivery;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parallax.access.Subscribers;
import org.parallax.readers.Reader;
import org.parallax.readers.Readers;
import org.parallax.reviews.Review;
import org.springframework.stereotype.Component;

/**
 * Who may be sent a review: subscribers (All-Access, paid or complimentary) for the two reviews,
 * readers who signed up for the newsletter; always a confirmed, living account whose address is not
 * bouncing and who has not turned this email off.
 */
@Component
class Recipients {

    private final Readers readers;
    private final Subscribers subscribers;
    private final JdbcReviewPreferences preferences;
    private final Bounces bounces;
    private final Clock clock;

    Recipients(Readers readers, Subscribers subscribers, JdbcReviewPreferences preferences, Bounces bounces,
            Clock clock) {
        this.readers = readers;
        this.subscribers = subscribers;
        this.preferences = preferences;
        this.bounces = bounces;
        this.clock = clock;
    }

    /** Everyone eligible now, oldest account first: whom an edition is addressed to when it is frozen. */
    List<Recipient> eligible(Review review) {
        Set<String> bouncing = bounces.bouncingAddresses();
        List<Reader> candidates;
        if (review.forSubscribers()) {
            Set<Long> holding = subscribers.holdingAllAccess(clock.instant());
            Set<Long> declined = preferences.declined(review);
            candidates = readers.all().stream()
                    .filter(reader -> holding.contains(reader.id()) && !declined.contains(reader.id()))
                    .toList();
        } else {
            candidates = readers.newsletterReaders();
        }
        return candidates.stream()
                .filter(reader -> reader.confirmed() && reader.email() != null && !bouncing.contains(reader.email()))
                .map(reader -> new Recipient(reader.id(), reader.email()))
                .toList();
    }

    /**
     * Asked again right before a message goes, so a reader who unsubscribed, lapsed, was deleted or
     * started bouncing after the edition was frozen is sent nothing.
     *
     * @return the address to send to now, or why not
     */
    Decision recheck(long readerId, Review review) {
        Optional<Reader> account = readers.reader(readerId);
        if (account.isEmpty() || account.get().email() == null) {
            return Decision.refused("the account was deleted");
        }
        Reader reader = account.get();
        if (!reader.confirmed()) {
            return Decision.refused("the email is not confirmed");
        }
        if (review.forSubscribers() && !subscribers.holdsAllAccess(readerId, clock.instant())) {
            return Decision.refused("no longer a subscriber");
        }
        if (!preferences.wants(readerId, review)) {
            return Decision.refused("unsubscribed");
        }
        if (bounces.bouncing(reader.email())) {
            return Decision.refused("the address is bouncing");
        }
        return new Decision(reader.email(), null);
    }

    record Recipient(long readerId, String email) {
    }

    /** An address to send to, or the reason there is none. */
    record Decision(String email, String refusal) {

        static Decision refused(String reason) {
            return new Decision(null, reason);
        }

        boolean eligible() {
            return refusal == null;
        }
    }
}
