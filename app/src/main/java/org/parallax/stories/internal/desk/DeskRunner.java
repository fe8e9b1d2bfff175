package org.parallax.stories.internal.desk;

import org.parallax.library.ArticleStored;
import java.time.Duration;
import org.parallax.library.ChangeLogFollower;
import org.parallax.library.NodeLocks;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Runs the desk on one background thread in the server: stored articles nudge it, a poll catches
 * what other processes stored, and failures back off. One node at a time files (a node lock; the
 * desk's conditional mark would also turn a second node away, after it did the work for nothing).
 * Command-line tools file stories only when asked ({@code parallax stories}, {@code parallax restory}).
 */
@Component
class DeskRunner implements SmartLifecycle {

    /** Far longer than a batch takes to file; how long the other nodes wait if this one dies. */
    private static final Duration LEASE = Duration.ofMinutes(2);

    private final ChangeLogFollower follower;
    private final boolean commandLine;

    DeskRunner(StoryDesk desk, StoryDeskProperties properties, NodeLocks locks,
            @Value("${parallax.command-line:false}") boolean commandLine) {
        this.follower = new ChangeLogFollower("story-desk", "Filing stories", properties.pollInterval(), desk::fileNextBatch,
                locks.lock("story-desk", LEASE));
        this.commandLine = commandLine;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ArticleStored stored) {
        follower.nudge();
    }

    @Override
    public boolean isAutoStartup() {
        return !commandLine;
    }

    @Override
    public void start() {
        follower.start();
    }

    @Override
    public void stop() {
        follower.stop();
    }

    @Override
    public boolean isRunning() {
        return follower.isRunning();
    }
}
