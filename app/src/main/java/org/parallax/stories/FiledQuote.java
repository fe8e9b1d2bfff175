package org.parallax.stories;

import java.time.Instant;

/**
 * A quote as the library keeps it: which article carries it, from which outlet, and the speaker's
 * entity when the speaker could be linked to one ({@code speakerEntity} null otherwise).
 */
public record FiledQuote(
        String articleId,
        String outletName,
        Instant published,
        String speaker,
        NamedEntity speakerEntity,
        String text,
        boolean partial) {
}
