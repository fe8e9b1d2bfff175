package org.parallax.ingest.internal.follow;

import org.springframework.context.ApplicationContext;

/**
 * A round of feed polling run by hand on a running node, for tests in other packages (the two-node
 * test): it bypasses the node lock, so two nodes' rounds can be made to meet on the same due feed.
 */
public final class FeedRounds {

    private FeedRounds() {
    }

    /** Polls what is due now on this node; the number of feeds it took. */
    public static int pollDueFeeds(ApplicationContext node) {
        return node.getBean(FeedPoller.class).pollDueFeeds();
    }
}
