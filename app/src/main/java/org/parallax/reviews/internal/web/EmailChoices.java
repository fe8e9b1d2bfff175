package org.parallax.reviews.internal.web;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parallax.access.Subscribers;
import org.parallax.readers.Reader;
import org.parallax.readers.Readers;
import org.parallax.reviews.Review;
import org.parallax.reviews.internal.RecipientTokens;
import org.parallax.reviews.internal.ReviewPreferences;
import org.springframework.stereotype.Component;

/**
 * Which of the three emails a reader gets, as the preference pages and the unsubscribe link see it.
 * The reviews go to All-Access subscribers; the newsletter to confirmed readers.
 */
@Component
class EmailChoices {

    private final RecipientTokens tokens;
    private final ReviewPreferences preferences;
    private final Readers readers;
    private final Subscribers subscribers;
    private final Clock clock;

    EmailChoices(RecipientTokens tokens, ReviewPreferences preferences, Readers readers, Subscribers subscribers,
            Clock clock) {
        this.tokens = tokens;
        this.preferences = preferences;
        this.readers = readers;
        this.subscribers = subscribers;
        this.clock = clock;
    }

    /** The reader and review a link's token names; empty when we did not sign it or the account is gone. */
    Optional<Holder> holder(String token) {
        return tokens.verify(token)
                .flatMap(recipient -> readers.reader(recipient.readerId()).map(reader -> new Holder(reader, recipient.review())));
    }

    List<EmailChoice> choices(Reader reader) {
        boolean subscriber = subscribers.holdingAllAccess(List.of(reader.id()), clock.instant()).contains(reader.id());
        return List.of(
                new EmailChoice(Review.DAILY, subscriber && preferences.wants(reader.id(), Review.DAILY), subscriber),
                new EmailChoice(Review.WEEKLY, subscriber && preferences.wants(reader.id(), Review.WEEKLY), subscriber),
                new EmailChoice(Review.NEWSLETTER, preferences.wants(reader.id(), Review.NEWSLETTER), reader.confirmed()));
    }

    /**
     * Saves the reader's choice of every email open to them; the others keep what they were (a
     * lapsed subscriber who comes back gets the reviews they had chosen).
     */
    void choose(Reader reader, Set<Review> wanted) {
        for (EmailChoice choice : choices(reader)) {
            if (choice.open()) {
                preferences.choose(reader.id(), choice.review(), wanted.contains(choice.review()));
            }
        }
    }

    void unsubscribe(Holder holder) {
        preferences.choose(holder.reader().id(), holder.review(), false);
    }

    /** Whose link it is, and the email it came in. */
    record Holder(Reader reader, Review review) {
    }
}
