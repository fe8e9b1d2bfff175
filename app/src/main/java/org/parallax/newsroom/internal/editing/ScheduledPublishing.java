package org.parallax.newsroom.internal.editing;

import java.time.Duration;
import org.parallax.library.ChangeLogFollower;
import org.parallax.library.NodeLocks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Publishes scheduled articles when their time comes, on a background thread of the server (the
 * library's round runner: a round every tick, backing off after a failure). One node at a time
 * runs the rounds (a node lock); even without it, the conditional update in
 * {@link DeskArticles#claimDue} lets one node publish each.
 */
@Component
class ScheduledPublishing implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ScheduledPublishing.class);
    /** Far longer than a round of publishing takes; how long the other nodes wait if this one dies. */
    private static final Duration LEASE = Duration.ofMinutes(2);

    private final EditingSettings settings;
    private final ChangeLogFollower rounds;

    ScheduledPublishing(Desk desk, EditingSettings settings, NodeLocks locks) {
        this.settings = settings;
        this.rounds = new ChangeLogFollower("newsroom-schedule", "Publishing scheduled articles", settings.scheduleTick(), () -> {
            int published = desk.publishDue();
            if (published > 0) {
                log.info("Published {} scheduled article(s)", published);
            }
            return false;
        }, locks.lock("scheduled-publishing", LEASE));
    }

    @Override
    public void start() {
        if (settings.scheduleEnabled()) {
            rounds.start();
        }
    }

    @Override
    public void stop() {
        rounds.stop();
    }

    @Override
    public boolean isRunning() {
        return rounds.isRunning();
    }
}
