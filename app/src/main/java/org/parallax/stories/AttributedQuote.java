package org.parallax.stories;

import java.util.Objects;
import java.util.Optional;

/**
 * A quote with the person it is attributed to, as an entity of the article: "Lindqvist", "Mara
 * Lindqvist" and a "she" the quote finder resolved all lead to {@code PERSON Mara Lindqvist}.
 *
 * @param speaker the speaker's entity, or null when the speaker is no person the article names
 *                ("the minister" with no name given, "fishing crews")
 */
public record AttributedQuote(Quote quote, Entity speaker) {

    public AttributedQuote {
        Objects.requireNonNull(quote, "quote");
    }

    public Optional<Entity> speakerEntity() {
        return Optional.ofNullable(speaker);
    }
}
