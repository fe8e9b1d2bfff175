package org.parallax.reviews.internal.delivery;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.parallax.access.Subscribers;
import org.parallax.access.internal.TestSubscribers;
import org.parallax.mail.Mailer;
import org.parallax.readers.Purpose;
import org.parallax.readers.Reader;
import org.parallax.readers.Readers;
import org.parallax.readers.internal.TestReaders;
import org.parallax.reviews.EditionComposer;
import org.parallax.reviews.EditionContent;
import org.parallax.reviews.Review;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The delivery engine's parts over one real database, on a clock the test moves, with readers and
 * subscribers of a fictional harbour town, and a small composer of its own (the real one belongs to
 * the composition part).
 */
final class Newsroom {

    static final Instant MONDAY_MORNING = Instant.parse("2026-03-16T07:00:00Z");
    static final LocalDate MONDAY = LocalDate.parse("2026-03-16");

    /** A small edition with the per-recipient markers where the real composer puts them. */
    static final EditionComposer COMPOSER = (review, date) -> new EditionContent(review, date,
            review.title() + ": the night ferries sail again",
            "<table role=\"presentation\"><tr><td><p>The harbour board restored the night ferries.</p>"
                    + "<p><a href=\"" + EditionContent.PREFERENCES + "\">Preferences</a> "
                    + "<a href=\"" + EditionContent.UNSUBSCRIBE + "\">Unsubscribe</a></p></td></tr></table>",
            "The harbour board restored the night ferries.\n\nPreferences: " + EditionContent.PREFERENCES
                    + "\nUnsubscribe: " + EditionContent.UNSUBSCRIBE + "\n");

    final DataSource dataSource;
    final MovingClock clock = new MovingClock(MONDAY_MORNING);
    final JdbcClient jdbc;
    final TransactionTemplate transactions;
    final Readers readers;
    final Subscribers subscribers;
    final SharedSecrets secrets;
    final JdbcReviewPreferences preferences;
    final Bounces bounces;
    final Recipients recipients;
    final JdbcEditions editions;

    Newsroom(DataSource dataSource) {
        this(dataSource, COMPOSER);
    }

    Newsroom(DataSource dataSource, EditionComposer composer) {
        this.dataSource = dataSource;
        this.jdbc = JdbcClient.create(dataSource);
        this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.readers = TestReaders.over(dataSource, clock);
        this.subscribers = TestSubscribers.over(dataSource);
        this.secrets = new SharedSecrets(jdbc, clock);
        this.preferences = new JdbcReviewPreferences(jdbc, transactions, readers, clock);
        this.bounces = new Bounces(jdbc, clock);
        this.recipients = new Recipients(readers, subscribers, preferences, bounces, jdbc, clock);
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("composer", composer);
        this.editions = new JdbcEditions(jdbc, new JdbcTemplate(dataSource), transactions,
                beans.getBeanProvider(EditionComposer.class), recipients, clock);
    }

    static final String BASE_URL = "https://parallax.example";

    /** The delivery engine as the application wires it, sending through this mailer. */
    OutboxDeliveries deliveries(Mailer mailer, SendingSettings settings) {
        Letters letters = new Letters(tokens(settings), settings, BASE_URL);
        return new OutboxDeliveries(editions, new Outbox(jdbc), recipients, bounces, letters, mailer, settings, clock, jdbc,
                new SimpleMeterRegistry());
    }

    /**
     * Settings for a test: one SMTP connection (so the n-th message is the n-th reader), no rate
     * limit, no token key, no DKIM.
     */
    static SendingSettings sending(int batchSize, int maxAttempts, Duration backoff, Duration lease, int bounceThreshold) {
        return new SendingSettings(batchSize, 1, 0, maxAttempts, backoff, lease, bounceThreshold, null, "test-node", null, null,
                null, null);
    }

    /** The same over several connections at once. */
    static SendingSettings sending(int connections, int batchSize) {
        SendingSettings one = sending(batchSize, 5, Duration.ZERO, Duration.ofMinutes(10), 3);
        return new SendingSettings(batchSize, connections, one.rate(), one.maxAttempts(), one.backoff(), one.lease(),
                one.bounceThreshold(), null, one.nodeId(), null, null, null, null);
    }

    SignedRecipientTokens tokens(SendingSettings settings) {
        return new SignedRecipientTokens(settings, secrets);
    }

    /** A registered reader who confirmed the email. */
    Reader reader(String email) {
        Reader reader = readers.register(email);
        return readers.redeem(readers.issueLink(reader.id(), Purpose.CONFIRM_EMAIL), Purpose.CONFIRM_EMAIL).orElseThrow();
    }

    /** A confirmed reader with a complimentary All-Access subscription. */
    Reader subscriber(String email) {
        Reader reader = reader(email);
        TestSubscribers.grant(dataSource, reader.id(), clock.instant(), null);
        return reader;
    }

    /** A confirmed reader signed up for the newsletter. */
    Reader newsletterReader(String email) {
        Reader reader = reader(email);
        readers.setNewsletter(reader.id(), true);
        return reader;
    }

    /** Many confirmed subscribers at once (one statement each, no links): name-1@..., name-2@... */
    void subscribers(String name, int count) {
        long now = clock.millis();
        transactions.executeWithoutResult(status -> {
            for (int i = 1; i <= count; i++) {
                long id = jdbc.sql("insert into reader (email, role, confirmed_at, created_at) values (?, 'READER', ?, ?) returning id")
                        .params(name + "-" + i + "@harbour.example", now, now)
                        .query(Long.class)
                        .single();
                TestSubscribers.grant(dataSource, id, clock.instant(), null);
            }
        });
    }

    int deliveries(long editionId) {
        return jdbc.sql("select count(*) from review_delivery where edition_id = ?").param(editionId).query(Integer.class).single();
    }

    /** A clock that stands still until the test moves it. */
    static final class MovingClock extends Clock {

        private volatile Instant now;

        MovingClock(Instant start) {
            this.now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("a test clock stays in UTC");
        }
    }
}
