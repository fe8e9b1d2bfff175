package org.parallax.reviews.internal.delivery;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.parallax.access.Subscribers;
import org.parallax.readers.Reader;
import org.parallax.readers.Readers;
import org.parallax.reviews.Review;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who may be sent a review: subscribers (All-Access, paid or complimentary) for the two reviews,
 * readers who signed up for the newsletter; always a confirmed, living account whose address is not
 * bouncing and who has not turned this email off. Asked when an edition is frozen, again for each
 * batch just before it goes, and once more for each message.
 */
@Component
class Recipients {

    private final Readers readers;
    private final Subscribers subscribers;
    private final JdbcReviewPreferences preferences;
    private final Bounces bounces;
    private final JdbcClient jdbc;
    private final Clock clock;

    Recipients(Readers readers, Subscribers subscribers, JdbcReviewPreferences preferences, Bounces bounces, JdbcClient jdbc,
            Clock clock) {
        this.readers = readers;
        this.subscribers = subscribers;
        this.preferences = preferences;
        this.bounces = bounces;
        this.jdbc = jdbc;
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
     * Asked for a batch right before it goes, in a few queries: a reader deleted, unconfirmed, no
     * longer a subscriber or signed off the newsletter since the edition was frozen is sent nothing.
     *
     * @return each reader's current address, or why there is none
     */
    Map<Long, Decision> recheck(List<Long> readerIds, Review review) {
        Map<Long, Reader> living = readers.readers(readerIds).stream().collect(Collectors.toMap(Reader::id, reader -> reader));
        Set<Long> entitled = review.forSubscribers()
                ? subscribers.holdingAllAccess(readerIds, clock.instant())
                : readers.newsletterReaders().stream().map(Reader::id).collect(Collectors.toSet());
        Map<Long, Decision> decisions = new HashMap<>();
        for (long readerId : readerIds) {
            Reader reader = living.get(readerId);
            if (reader == null || reader.email() == null) {
                decisions.put(readerId, Decision.refused("the account was deleted"));
            } else if (!reader.confirmed()) {
                decisions.put(readerId, Decision.refused("the email is not confirmed"));
            } else if (!entitled.contains(readerId)) {
                decisions.put(readerId, Decision.refused(review.forSubscribers() ? "no longer a subscriber" : "unsubscribed"));
            } else {
                decisions.put(readerId, new Decision(reader.email(), null));
            }
        }
        return decisions;
    }

    /**
     * Asked for each message just before it goes, in one query over this module's own records, so
     * a reader who unsubscribes, whose address starts bouncing or whose account is deleted (the
     * row is withdrawn) while the batch is going out gets nothing more.
     */
    Optional<String> turnedAway(long editionId, long readerId, String email, Review review) {
        int refusals = jdbc.sql("""
                        select (select count(*) from review_preference where reader_id = ? and review = ? and wanted = ?)
                             + (select count(*) from review_address where email = ? and bouncing_since is not null)
                             + (select count(*) from review_delivery where edition_id = ? and reader_id = ? and state = 'withdrawn')""")
                .params(readerId, review.name(), false, email, editionId, readerId)
                .query(Integer.class)
                .single();
        if (refusals == 0) {
            return Optional.empty();
        }
        return Optional.of(bounces.bouncing(email) ? "the address is bouncing" : "unsubscribed");
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
