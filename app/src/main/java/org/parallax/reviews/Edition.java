package org.parallax.reviews;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An edition as it was frozen for sending: the archive shows exactly this. The bodies still hold
 * the per-recipient markers of {@link EditionContent}; the archive fills them with links that name
 * no one.
 */
public record Edition(long id, Review review, LocalDate date, String subject, String html, String text, Instant frozenAt) {

    public EditionContent content() {
        return new EditionContent(review, date, subject, html, text);
    }
}
