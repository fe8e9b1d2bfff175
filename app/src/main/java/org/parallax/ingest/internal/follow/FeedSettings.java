package org.parallax.ingest.internal.follow;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Feed polling settings.
 *
 * @param poll         whether this process polls feeds (the server does; command-line tools do not)
 * @param tick         how often the poller looks for feeds that are due
 * @param workers      feeds polled at the same time (each host is still fetched one request at a time)
 * @param seedDefaults add {@code defaults} once, on the first start of a new library
 * @param defaults     public global-affairs feeds a new install follows
 */
@ConfigurationProperties("parallax.feeds")
record FeedSettings(
        @DefaultValue("true") boolean poll,
        @DefaultValue("15s") Duration tick,
        @DefaultValue("4") int workers,
        @DefaultValue("true") boolean seedDefaults,
        List<DefaultFeed> defaults) {

    FeedSettings {
        defaults = defaults == null ? List.of() : List.copyOf(defaults);
    }

    record DefaultFeed(String outlet, String url) {
    }
}
