package org.parallax.site.internal;

/** An instant as a page shows it: ISO-8601 for the {@code datetime} attribute, and words for people. */
public record Moment(String iso, String text) {
}
