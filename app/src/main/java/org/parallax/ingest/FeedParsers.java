package org.parallax.ingest;

import org.parallax.ingest.internal.feeds.LenientFeedParser;

/** For callers outside Spring (the command line): the same feed parser the application uses. */
public final class FeedParsers {

    private FeedParsers() {
    }

    public static FeedParser lenient() {
        return new LenientFeedParser();
    }
}
