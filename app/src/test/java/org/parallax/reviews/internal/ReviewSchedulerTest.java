package org.parallax.reviews.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parallax.library.NodeLocks;
import org.parallax.reviews.Deliveries;
import org.parallax.reviews.DeliveryReport;
import org.parallax.reviews.Edition;
import org.parallax.reviews.Editions;
import org.parallax.reviews.Review;

/** When the scheduler starts an edition: at its send time in the publication's time zone, within the catch-up. */
class ReviewSchedulerTest {

    /** Berlin is UTC+1 in March 2026 until the 29th. */
    static final ReviewCalendar BERLIN = new ReviewCalendar(ZoneId.of("Europe/Berlin"), 7,
            List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY),
            DayOfWeek.SATURDAY, 8, DayOfWeek.THURSDAY, 9);
    static final ReviewSchedule THREE_HOURS = new ReviewSchedule(false, Duration.ofSeconds(30), Duration.ofHours(3));

    /** The node lock is not under test here: tick() is called directly, never through the follower. */
    static final NodeLocks ONE_NODE = (name, lease) -> new NodeLocks.NodeLock() {
        @Override
        public boolean hold() {
            return true;
        }

        @Override
        public void release() {
        }
    };

    final FrozenEditions editions = new FrozenEditions();
    final CountingDeliveries deliveries = new CountingDeliveries();

    @Test
    void theDailyReviewStartsAtItsHourInThePublicationsTimeZoneAndNotBefore() {
        assertThat(at("2026-03-16T05:59:59Z").tick()).isEmpty();

        List<Edition> started = at("2026-03-16T06:00:00Z").tick();

        assertThat(started).extracting(Edition::review, Edition::date).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Review.DAILY, LocalDate.parse("2026-03-16")));
        assertThat(deliveries.rounds).as("every tick sends what is due, retries included").isEqualTo(2);
    }

    @Test
    void anEditionFrozenBeforeHereOrOnAnotherNodeIsNotFrozenAgain() {
        at("2026-03-16T06:00:00Z").tick();

        assertThat(at("2026-03-16T06:00:30Z").tick()).isEmpty();
        assertThat(editions.frozen).hasSize(1);
    }

    @Test
    void aServerStartedPastTheCatchUpSkipsTheMorningsEditionButStillSendsWhatIsDue() {
        assertThat(at("2026-03-16T08:59:59Z").tick()).hasSize(1);
        editions.frozen.clear();

        assertThat(at("2026-03-16T09:00:00Z").tick()).as("three hours after 07:00 in Berlin").isEmpty();
        assertThat(at("2026-03-16T18:00:00Z").tick()).isEmpty();
        assertThat(deliveries.rounds).isEqualTo(3);
    }

    @Test
    void eachReviewGoesOutOnItsOwnDays() {
        assertThat(at("2026-03-21T06:30:00Z").tick()).as("no Daily Review on a Saturday").isEmpty();
        assertThat(at("2026-03-21T07:00:00Z").tick()).extracting(Edition::review).containsExactly(Review.WEEKLY);
        assertThat(at("2026-03-19T08:00:00Z").tick()).extracting(Edition::review)
                .containsExactlyInAnyOrder(Review.DAILY, Review.NEWSLETTER);
    }

    @Test
    void aCatchUpThatReachesBackOverMidnightFindsYesterdaysEdition() {
        ReviewCalendar lateEvening = new ReviewCalendar(ZoneOffset.UTC, 23, BERLIN.dailyDays(), DayOfWeek.SATURDAY, 8,
                DayOfWeek.THURSDAY, 9);
        ReviewScheduler scheduler = new ReviewScheduler(editions, deliveries, lateEvening, THREE_HOURS,
                Clock.fixed(Instant.parse("2026-03-17T01:00:00Z"), ZoneOffset.UTC), ONE_NODE);

        assertThat(scheduler.tick()).extracting(Edition::date).containsExactly(LocalDate.parse("2026-03-16"));
    }

    private ReviewScheduler at(String instant) {
        return new ReviewScheduler(editions, deliveries, BERLIN, THREE_HOURS, Clock.fixed(Instant.parse(instant), ZoneOffset.UTC), ONE_NODE);
    }

    /** Editions kept in memory, frozen once per review and date. */
    static final class FrozenEditions implements Editions {

        final Map<String, Edition> frozen = new HashMap<>();

        @Override
        public Edition freeze(Review review, LocalDate date) {
            return frozen.computeIfAbsent(review + " " + date, key -> new Edition(frozen.size() + 1, review, date,
                    review.title(), "<p>html</p>", "text", Instant.EPOCH));
        }

        @Override
        public Optional<Edition> edition(Review review, LocalDate date) {
            return Optional.ofNullable(frozen.get(review + " " + date));
        }

        @Override
        public Optional<Edition> edition(long id) {
            return frozen.values().stream().filter(edition -> edition.id() == id).findFirst();
        }

        @Override
        public List<Edition> archive(Review review, int limit, int offset) {
            return new ArrayList<>(frozen.values());
        }
    }

    /** Counts the rounds of sending it is asked for. */
    static final class CountingDeliveries implements Deliveries {

        int rounds;

        @Override
        public DeliveryReport deliver(long editionId) {
            throw new UnsupportedOperationException("the scheduler sends through deliverDue");
        }

        @Override
        public List<DeliveryReport> deliverDue() {
            rounds++;
            return List.of();
        }

        @Override
        public List<DeliveryReport> reports(int limit) {
            return List.of();
        }

        @Override
        public DeliveryReport report(long editionId) {
            throw new UnsupportedOperationException();
        }
    }
}
