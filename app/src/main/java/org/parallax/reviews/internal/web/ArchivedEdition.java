package org.parallax.reviews.internal.web;

import java.time.LocalDate;
import org.parallax.reviews.Edition;
import org.parallax.reviews.Review;

/** An edition as an archive list shows it: no body, so the list may be shown to anyone (public for the template). */
public record ArchivedEdition(Review review, LocalDate date, String subject) {

    static ArchivedEdition of(Edition edition) {
        return new ArchivedEdition(edition.review(), edition.date(), edition.subject());
    }

    public String path() {
        return "/reviews/" + review.slug() + "/" + date;
    }
}
