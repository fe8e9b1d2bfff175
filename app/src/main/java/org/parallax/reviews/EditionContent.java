package org.parallax.reviews;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One edition of a review as composed, before it is addressed to anyone: the subject, the HTML for
 * mail clients and the plain-text alternative. Both bodies hold the markers {@link #UNSUBSCRIBE} and
 * {@link #PREFERENCES} where each recipient's own links go; the sender replaces them per recipient
 * (the URLs carry only characters that need no escaping in HTML).
 *
 * @param date the edition's date in the publication's time zone (a weekly edition: the day it goes out)
 */
public record EditionContent(Review review, LocalDate date, String subject, String html, String text) {

    public static final String UNSUBSCRIBE = "{{unsubscribe_url}}";
    public static final String PREFERENCES = "{{preferences_url}}";

    public EditionContent {
        Objects.requireNonNull(review, "review");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(text, "text");
    }

    /** The bodies addressed to one recipient. */
    public EditionContent addressed(String unsubscribeUrl, String preferencesUrl) {
        return new EditionContent(review, date, subject,
                html.replace(UNSUBSCRIBE, unsubscribeUrl).replace(PREFERENCES, preferencesUrl),
                text.replace(UNSUBSCRIBE, unsubscribeUrl).replace(PREFERENCES, preferencesUrl));
    }
}
