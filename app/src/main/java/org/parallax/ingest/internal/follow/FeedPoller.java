package org.parallax.ingest.internal.follow;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.parallax.ingest.FeedStatus;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Polls the feeds that are due, a few at a time, on a background thread. A feed that hangs or
 * fails holds up only its own worker; the fetcher's deadlines bound how long.
 */
@Component
class FeedPoller implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(FeedPoller.class);

    private final FeedLedger ledger;
    private final FeedVisit visit;
    private final FeedSettings settings;
    private volatile boolean running;
    private final ExecutorService workers;
    private Thread thread;

    FeedPoller(FeedLedger ledger, FeedVisit visit, FeedSettings settings) {
        this.ledger = ledger;
        this.visit = visit;
        this.settings = settings;
        this.workers = Executors.newFixedThreadPool(Math.max(1, settings.workers()),
                Thread.ofPlatform().name("feed-poller-", 1).daemon().factory());
    }

    @Override
    public synchronized void start() {
        if (!settings.poll() || running) {
            return;
        }
        running = true;
        thread = Thread.ofPlatform().name("feed-schedule").daemon().start(this::loop);
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
            thread = null;
        }
    }

    @PreDestroy
    void close() {
        workers.shutdownNow();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Polls every feed that is due now, waiting until they are all done. */
    int pollDueFeeds() {
        List<FeedStatus> due = ledger.due(Math.max(1, settings.workers()) * 4);
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

    private void loop() {
        while (running) {
            try {
                if (pollDueFeeds() == 0) {
                    Thread.sleep(settings.tick().toMillis());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.warn("Feed polling failed; trying again in {}", settings.tick(), e);
                sleep(settings.tick());
            }
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
