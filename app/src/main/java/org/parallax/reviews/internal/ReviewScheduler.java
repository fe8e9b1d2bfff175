package org.parallax.reviews.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.parallax.library.ChangeLogFollower;
import org.parallax.library.NodeLocks;
import org.parallax.reviews.Deliveries;
import org.parallax.reviews.Edition;
import org.parallax.reviews.Editions;
import org.parallax.reviews.Review;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Sends each review on time, on a background thread of the server (the library's round runner: a
 * round every tick, backing off after a failure). One node at a time runs the rounds (a node lock).
 * Without it they would still be safe: the first to find an edition due freezes it (its unique row
 * makes the others read that one instead), and the outbox's claims keep two nodes off the same recipient.
 */
@Component
class ReviewScheduler implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ReviewScheduler.class);
    /** Longer than a send to a large list takes; how long the other nodes wait if this one dies. */
    private static final Duration LEASE = Duration.ofMinutes(5);

    private final Editions editions;
    private final Deliveries deliveries;
    private final ReviewCalendar calendar;
    private final ReviewSchedule schedule;
    private final Clock clock;
    private final ChangeLogFollower rounds;

    ReviewScheduler(Editions editions, Deliveries deliveries, ReviewCalendar calendar, ReviewSchedule schedule,
            Clock clock, NodeLocks locks) {
        this.editions = editions;
        this.deliveries = deliveries;
        this.calendar = calendar;
        this.schedule = schedule;
        this.clock = clock;
        this.rounds = new ChangeLogFollower("review-schedule", "Sending the reviews", schedule.tick(), () -> {
            tick();
            return false;
        }, locks.lock("review-schedule", LEASE));
    }

    /** One round: freezes the editions whose send time has come, then sends what is due of every edition. */
    List<Edition> tick() {
        List<Edition> started = new ArrayList<>();
        Instant now = clock.instant();
        for (Review review : Review.values()) {
            for (LocalDate date : due(review, now)) {
                if (editions.edition(review, date).isEmpty()) {
                    try {
                        Edition edition = editions.freeze(review, date);
                        log.info("{} of {} is due; sending \"{}\"", review.title(), date, edition.subject());
                        started.add(edition);
                    } catch (RuntimeException e) {
                        log.warn("Could not freeze {} of {}; trying again in {}", review.title(), date, schedule.tick(), e);
                    }
                }
            }
        }
        deliveries.deliverDue();
        return started;
    }

    /**
     * The editions of this review whose send time has passed, but by less than the catch-up: today's
     * and, when the catch-up reaches back over midnight, yesterday's.
     */
    List<LocalDate> due(Review review, Instant now) {
        LocalDate today = now.atZone(calendar.timeZone()).toLocalDate();
        List<LocalDate> due = new ArrayList<>();
        for (LocalDate date : List.of(today.minusDays(1), today)) {
            ZonedDateTime sendTime = calendar.sendTime(review, date);
            if (calendar.publishes(review, date) && !now.isBefore(sendTime.toInstant())
                    && now.isBefore(sendTime.toInstant().plus(schedule.catchUp()))) {
                due.add(date);
            }
        }
        return due;
    }

    @Override
    public void start() {
        if (schedule.enabled()) {
            rounds.start();
        }
    }

    /** Stops after the round under way: a send is not cut off halfway through a batch. */
    @Override
    public void stop() {
        rounds.stop();
    }

    @Override
    public boolean isRunning() {
        return rounds.isRunning();
    }
}
