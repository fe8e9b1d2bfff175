package org.parallax.newsroom.internal.editing;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Publishes scheduled articles when their time comes, on a background thread of the server. Every
 * node may tick: the conditional update in {@link DeskArticles#claimDue} lets one of them publish each.
 */
@Component
class ScheduledPublishing implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ScheduledPublishing.class);

    private final Desk desk;
    private final EditingSettings settings;
    private volatile boolean running;
    private Thread thread;

    ScheduledPublishing(Desk desk, EditingSettings settings) {
        this.desk = desk;
        this.settings = settings;
    }

    @Override
    public synchronized void start() {
        if (!settings.scheduleEnabled() || running) {
            return;
        }
        running = true;
        thread = Thread.ofPlatform().name("newsroom-schedule").daemon().start(this::loop);
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
            thread = null;
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void loop() {
        while (running) {
            try {
                int published = desk.publishDue();
                if (published > 0) {
                    log.info("Published {} scheduled article(s)", published);
                }
            } catch (RuntimeException e) {
                log.warn("Publishing scheduled articles failed; trying again in {}", settings.scheduleTick(), e);
            }
            try {
                Thread.sleep(settings.scheduleTick().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
