package org.parallax.stories.internal.desk;

import org.parallax.library.ArticleStored;
import org.parallax.library.ChangeLogFollower;
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

    private final ChangeLogFollower follower;
    private final boolean commandLine;

    DeskRunner(StoryDesk desk, StoryDeskProperties properties, @Value("${parallax.command-line:false}") boolean commandLine) {
        this.follower = new ChangeLogFollower("story-desk", "Filing stories", properties.pollInterval(), desk::fileNextBatch);
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
