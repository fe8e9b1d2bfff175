package org.parallax.ingest;

import java.time.Duration;
import java.time.Instant;

/**
 * A followed feed and how its polling goes: when it was last fetched, last succeeded, how many
 * entries it has brought, the failures in a row and the last error. Times are null until they happen.
 */
public record FeedStatus(
        long id,
        String url,
        String outletSlug,
        String outletName,
        boolean paused,
        Duration interval,
        Instant lastFetch,
        Instant lastSuccess,
        Instant nextFetch,
        long itemsSeen,
        int failuresInARow,
        long failures,
        String lastError) {

    public boolean failing() {
        return failuresInARow > 0;
    }
}
