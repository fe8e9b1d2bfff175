package org.parallax.stories.internal.desk;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.parallax.library.ArticleStored;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Runs the desk on one background thread in the server: stored articles nudge it, a poll catches
 * what other processes stored, and failures back off. Command-line tools file stories only when
 * asked ({@code parallax stories}, {@code parallax restory}).
 */
@Component
class DeskRunner implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DeskRunner.class);
    private static final Duration LONGEST_BACK_OFF = Duration.ofMinutes(1);

    private final StoryDesk desk;
    private final Duration pollInterval;
    private final boolean commandLine;
    private final Semaphore nudges = new Semaphore(0);
    private volatile boolean running;
    private Thread thread;

    DeskRunner(StoryDesk desk, StoryDeskProperties properties, @Value("${parallax.command-line:false}") boolean commandLine) {
        this.desk = desk;
        this.pollInterval = properties.pollInterval();
        this.commandLine = commandLine;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ArticleStored stored) {
        nudge();
    }

    void nudge() {
        if (nudges.availablePermits() == 0) {
            nudges.release();
        }
    }

    @Override
    public boolean isAutoStartup() {
        return !commandLine;
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        thread = Thread.ofPlatform().name("story-desk").daemon().start(this::run);
    }

    @Override
    public synchronized void stop() {
        running = false;
        nudge();
        if (thread != null) {
            try {
                thread.join(Duration.ofSeconds(30));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            thread = null;
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void run() {
        Duration backOff = pollInterval;
        while (running) {
            try {
                boolean more = desk.fileNextBatch();
                backOff = pollInterval;
                if (!more) {
                    awaitNudge(pollInterval);
                }
            } catch (RuntimeException e) {
                log.warn("Filing stories failed; retrying in {}", backOff, e);
                awaitNudge(backOff);
                backOff = backOff.multipliedBy(2).compareTo(LONGEST_BACK_OFF) > 0 ? LONGEST_BACK_OFF : backOff.multipliedBy(2);
            }
        }
    }

    private void awaitNudge(Duration timeout) {
        try {
            if (nudges.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                nudges.drainPermits();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
