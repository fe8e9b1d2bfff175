package org.parallax.reviews;

import java.util.Locale;

/**
 * The publication's three emails. The two reviews go to subscribers and carry full summaries; the
 * newsletter goes to registered readers who asked for it and carries headlines and teasers that
 * link to the site, where the meter applies.
 */
public enum Review {
    DAILY("The Daily Review", true),
    WEEKLY("The Weekly Review", true),
    NEWSLETTER("The Parallax Newsletter", false);

    private final String title;
    private final boolean forSubscribers;

    Review(String title, boolean forSubscribers) {
        this.title = title;
        this.forSubscribers = forSubscribers;
    }

    public String title() {
        return title;
    }

    /** Whether only subscribers receive it (else: confirmed registered readers who opted in). */
    public boolean forSubscribers() {
        return forSubscribers;
    }

    /** The name used in addresses and on the command line: daily, weekly, newsletter. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The review a slug names, or an {@link IllegalArgumentException} listing the choices. */
    public static Review ofSlug(String slug) {
        for (Review review : values()) {
            if (review.slug().equals(slug == null ? null : slug.strip().toLowerCase(Locale.ROOT))) {
                return review;
            }
        }
        throw new IllegalArgumentException("No review called '" + slug + "'; choose daily, weekly or newsletter");
    }
}
