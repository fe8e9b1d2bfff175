package org.parallax.ingest.internal.follow;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.parallax.ingest.FeedStatus;
import org.parallax.library.ChangeLogFollower;
import org.parallax.library.NodeLocks;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Polls the feeds that are due, a few at a time, on the library's round runner (a round every
 * tick, right away again while feeds were due, backing off after a failure). A feed that hangs or
 * fails holds up only its own worker; the fetcher's deadlines bound how long. One node at a time
 * polls (a node lock), and each feed is claimed with a conditional update besides, so it is
 * fetched once per interval even by nodes that do not share the lock's view of time.
 */
@Component
class FeedPoller implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(FeedPoller.class);
    /** Longer than a round of slow feeds takes; how long the other nodes wait if this one dies. */
    private static final Duration LEASE = Duration.ofMinutes(5);

    private final FeedLedger ledger;
    private final FeedVisit visit;
    private final FeedSettings settings;
    private final ExecutorService workers;
    private final ChangeLogFollower rounds;

    FeedPoller(FeedLedger ledger, FeedVisit visit, FeedSettings settings, NodeLocks locks) {
        this.ledger = ledger;
        this.visit = visit;
        this.settings = settings;
        this.workers = Executors.newFixedThreadPool(Math.max(1, settings.workers()),
                Thread.ofPlatform().name("feed-poller-", 1).daemon().factory());
        this.rounds = new ChangeLogFollower("feed-schedule", "Feed polling", settings.tick(), () -> pollDueFeeds() > 0,
                locks.lock("feed-polling", LEASE));
    }

    @Override
    public void start() {
        if (settings.poll()) {
            rounds.start();
        }
    }

    /** Stops after the round under way: a feed is not cut off halfway through its entries. */
    @Override
    public void stop() {
        rounds.stop();
    }

    @PreDestroy
    void close() {
        workers.shutdownNow();
    }

    @Override
    public boolean isRunning() {
        return rounds.isRunning();
    }

    /** Polls every feed that is due now and not taken by another node, waiting until they are all done. */
    int pollDueFeeds() {
        List<FeedStatus> due = ledger.due(Math.max(1, settings.workers()) * 4).stream().filter(ledger::claim).toList();
        List<Future<?>> polls = due.stream().<Future<?>>map(feed -> workers.submit(() -> visit.poll(feed))).toList();
        for (Future<?> poll : polls) {
            try {
                poll.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return due.size();
            } catch (Exception e) {
                log.warn("A feed poll ended abnormally", e);
            }
        }
        return due.size();
    }
}
