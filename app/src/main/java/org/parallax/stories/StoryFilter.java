package org.parallax.stories;

import java.time.Instant;

/**
 * Which stories to list, newest activity first: those active between {@code from} and {@code to}
 * (either may be null), naming the entity {@code entityId} when it is not null; {@code page}
 * counts from 1.
 */
public record StoryFilter(Instant from, Instant to, Long entityId, int page, int pageSize) {

    public static final int LARGEST_PAGE = 100;

    public StoryFilter {
        if (page < 1) {
            throw new IllegalArgumentException("page counts from 1");
        }
        if (pageSize < 1 || pageSize > LARGEST_PAGE) {
            throw new IllegalArgumentException("a page holds 1 to " + LARGEST_PAGE + " stories");
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("from must not be after to");
        }
    }

    public static StoryFilter latest(int pageSize) {
        return new StoryFilter(null, null, null, 1, pageSize);
    }

    public int offset() {
        return (page - 1) * pageSize;
    }
}
