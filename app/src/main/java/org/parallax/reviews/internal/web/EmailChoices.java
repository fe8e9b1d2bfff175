package org.parallax.reviews.internal.web;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parallax.access.Subscribers;
import org.parallax.readers.Reader;
import org.parallax.readers.Readers;
import org.parallax.readers.Role;
import org.parallax.reviews.Review;
import org.parallax.reviews.internal.RecipientTokens;
import org.parallax.reviews.internal.ReviewPreferences;
import org.springframework.stereotype.Component;

/**
 * Which of the three emails a reader gets, as the preference pages and the unsubscribe link see it.
 * The reviews are for All-Access subscribers (and staff); the newsletter for confirmed readers, and
 * its choice is the readers module's newsletter sign-up, the same one the account page sets, so the
 * two pages never disagree.
 */
@Component
class EmailChoices {

    private final RecipientTokens tokens;
    private final ReviewPreferences preferences;
    private final Readers readers;
    private final Subscribers subscribers;

    EmailChoices(RecipientTokens tokens, ReviewPreferences preferences, Readers readers, Subscribers subscribers) {
        this.tokens = tokens;
        this.preferences = preferences;
        this.readers = readers;
        this.subscribers = subscribers;
    }

    /** The reader and review a link's token names; empty when we did not sign it or the account is gone. */
    Optional<Holder> holder(String token) {
        return tokens.verify(token)
                .flatMap(recipient -> readers.reader(recipient.readerId()).map(reader -> new Holder(reader, recipient.review())));
    }

    /** The token of a reader's own preference page. */
    String token(Reader reader) {
        return tokens.sign(reader.id(), Review.NEWSLETTER);
    }

    List<EmailChoice> choices(Reader reader) {
        boolean subscriber = reader.role().includes(Role.EDITOR) || subscribers.allAccess(reader.id());
        return List.of(
                new EmailChoice(Review.DAILY, subscriber && preferences.wants(reader.id(), Review.DAILY), subscriber),
                new EmailChoice(Review.WEEKLY, subscriber && preferences.wants(reader.id(), Review.WEEKLY), subscriber),
                new EmailChoice(Review.NEWSLETTER, readers.newsletter(reader.id()), reader.confirmed()));
    }

    /**
     * Saves the reader's choice of every email open to them; the others keep what they were (a
     * lapsed subscriber who comes back gets the reviews they had chosen).
     */
    void choose(Reader reader, Set<Review> wanted) {
        for (EmailChoice choice : choices(reader)) {
            if (choice.open()) {
                set(reader, choice.review(), wanted.contains(choice.review()));
            }
        }
    }

    void unsubscribe(Holder holder) {
        set(holder.reader(), holder.review(), false);
    }

    private void set(Reader reader, Review review, boolean wanted) {
        if (review == Review.NEWSLETTER) {
            readers.setNewsletter(reader.id(), wanted);
        } else {
            preferences.choose(reader.id(), review, wanted);
        }
    }

    /** Whose link it is, and the email it came in. */
    record Holder(Reader reader, Review review) {
    }
}
