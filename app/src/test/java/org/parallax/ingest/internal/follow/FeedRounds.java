package org.parallax.ingest.internal.follow;

import org.springframework.context.ApplicationContext;

/**
 * Feed work run by hand on a running node, for tests in other packages (the two-node test): it
 * bypasses the node lock, so two nodes can be made to meet on the same feed.
 */
public final class FeedRounds {

    private FeedRounds() {
    }

    /** What a node does once it is ready: follows the default feeds if no node has yet. */
    public static void followDefaultFeeds(ApplicationContext node) {
        node.getBean(DefaultFeeds.class).followOnFirstStart();
    }

    /** Polls what is due now on this node; the number of feeds it took. */
    public static int pollDueFeeds(ApplicationContext node) {
        return node.getBean(FeedPoller.class).pollDueFeeds();
    }
}
