package org.parallax.reviews.internal;

import java.util.Optional;
import org.parallax.reviews.Review;

/**
 * Signed, per-recipient tokens for the links in a review (one-click unsubscribe, preferences):
 * they name the reader and the review and cannot be forged or moved to another reader.
 */
public interface RecipientTokens {

    String sign(long readerId, Review review);

    /** The reader and review a token was signed for; empty for anything this server did not sign. */
    Optional<Recipient> verify(String token);

    record Recipient(long readerId, Review review) {
    }
}
