package org.parallax.reviews.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.parallax.Inbox;
import org.parallax.ParallaxApplication;
import org.parallax.TestDatabases;
import org.parallax.TestDatabases.TestDatabase;
import org.parallax.readers.Purpose;
import org.parallax.readers.Reader;
import org.parallax.readers.Readers;
import org.parallax.reviews.StandInComposer;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two app nodes on one database, each with its own scheduler, ticking at the same moments: the
 * Daily Review is frozen once and every subscriber gets one copy, on SQLite and on PostgreSQL.
 */
class TwoNodesSendOnceTest {

    static final int SUBSCRIBERS = 40;

    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void twoSchedulersFreezeTheDailyReviewOnceAndSendEachSubscriberOneCopy(TestDatabases.Kind kind) throws Exception {
        try (TestDatabase database = TestDatabases.create(kind, folder);
                ConfigurableApplicationContext first = node(database, "first");
                ConfigurableApplicationContext second = node(database, "second")) {
            List<String> subscribers = subscribers(first);

            for (int round = 0; round < 3; round++) {
                CountDownLatch start = new CountDownLatch(1);
                List<CompletableFuture<?>> ticks = new ArrayList<>();
                for (ConfigurableApplicationContext node : List.of(first, second)) {
                    ReviewScheduler scheduler = node.getBean(ReviewScheduler.class);
                    ticks.add(CompletableFuture.runAsync(() -> {
                        awaitQuietly(start);
                        scheduler.tick();
                    }));
                }
                start.countDown();
                CompletableFuture.allOf(ticks.toArray(CompletableFuture[]::new)).get();
            }

            JdbcClient jdbc = first.getBean(JdbcClient.class);
            String today = LocalDate.now(ZoneOffset.UTC).toString();
            assertThat(jdbc.sql("select count(*) from review_edition where review = 'DAILY' and edition_date = ?").param(today)
                    .query(Integer.class).single()).isEqualTo(1);
            assertThat(jdbc.sql("select count(*) from review_delivery").query(Integer.class).single()).isEqualTo(SUBSCRIBERS);
            Inbox inbox = Inbox.in(folder.resolve("shared"));
            for (String email : subscribers) {
                assertThat(inbox.messagesTo(email)).as(email).hasSize(1);
            }
        }
    }

    /** A node: its own data folder and search index, the shared database and the shared Maildir. */
    private ConfigurableApplicationContext node(TestDatabase database, String name) {
        ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC);
        // Every day has a Daily Review at midnight UTC; the other two went out yesterday, past the catch-up.
        Duration sinceMidnight = Duration.between(now.toLocalDate().atStartOfDay(ZoneOffset.UTC), now);
        String yesterday = now.minusDays(1).getDayOfWeek().name();
        List<String> arguments = new ArrayList<>(List.of(
                "--parallax.data=" + folder.resolve(name), "--parallax.mail.maildir=" + folder.resolve("shared").resolve("mail"),
                "--" + StandInComposer.SOURCE, "--logging.level.root=WARN", "--parallax.command-line=true",
                "--parallax.feeds.poll=false", "--parallax.reviews.schedule.enabled=false",
                "--parallax.reviews.calendar.time-zone=UTC", "--parallax.reviews.calendar.daily-hour=0",
                "--parallax.reviews.calendar.daily-days=MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY,SATURDAY,SUNDAY",
                "--parallax.reviews.calendar.weekly-day=" + yesterday, "--parallax.reviews.calendar.weekly-hour=0",
                "--parallax.reviews.calendar.newsletter-day=" + yesterday, "--parallax.reviews.calendar.newsletter-hour=0",
                "--parallax.reviews.schedule.catch-up=" + sinceMidnight.plusMinutes(10).toSeconds() + "s"));
        if (database.kind() == TestDatabases.Kind.SQLITE) {
            arguments.add("--parallax.database.sqlite=" + folder.resolve("parallax.db"));
        } else {
            arguments.add("--parallax.database.url=" + database.url());
        }
        SpringApplication application = new SpringApplication(ParallaxApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        return application.run(arguments.toArray(String[]::new));
    }

    private static List<String> subscribers(ConfigurableApplicationContext node) {
        Readers readers = node.getBean(Readers.class);
        JdbcClient jdbc = node.getBean(JdbcClient.class);
        List<String> emails = new ArrayList<>();
        long now = Instant.now().toEpochMilli();
        for (int i = 0; i < SUBSCRIBERS; i++) {
            Reader reader = readers.register("subscriber-" + i + "@harbour.example");
            readers.redeem(readers.issueLink(reader.id(), Purpose.SIGN_IN), Purpose.SIGN_IN);
            jdbc.sql("""
                            insert into subscription (reader_id, source, status, grants_access, access_until, created_at, updated_at)
                            values (?, 'COMPLIMENTARY', 'active', ?, null, ?, ?)""")
                    .params(reader.id(), true, now, now)
                    .update();
            emails.add(reader.email());
        }
        return emails;
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
