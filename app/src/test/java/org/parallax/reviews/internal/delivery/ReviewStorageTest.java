package org.parallax.reviews.internal.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.parallax.reviews.internal.delivery.Newsroom.MONDAY;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.parallax.TestDatabases;
import org.parallax.TestDatabases.Kind;
import org.parallax.TestDatabases.TestDatabase;
import org.parallax.access.internal.TestSubscribers;
import org.parallax.readers.InvalidReader;
import org.parallax.readers.Reader;
import org.parallax.reviews.Edition;
import org.parallax.reviews.EditionContent;
import org.parallax.reviews.Review;
import org.parallax.reviews.internal.RecipientTokens.Recipient;

/** Preferences, signed recipient tokens and frozen editions with their outbox rows, on both databases. */
class ReviewStorageTest {

    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(Kind.class)
    void subscribersWantBothReviewsUntilTheyTurnOneOffAndTheNewsletterFollowsTheReadersSignUp(Kind kind) {
        try (TestDatabase db = TestDatabases.create(kind, folder)) {
            Newsroom newsroom = new Newsroom(db.dataSource());
            Reader ilse = newsroom.subscriber("ilse@harbour.example");

            assertThat(newsroom.preferences.wants(ilse.id(), Review.DAILY)).isTrue();
            assertThat(newsroom.preferences.wants(ilse.id(), Review.WEEKLY)).isTrue();
            assertThat(newsroom.preferences.wants(ilse.id(), Review.NEWSLETTER)).as("not signed up").isFalse();

            newsroom.preferences.choose(ilse.id(), Review.DAILY, false);
            newsroom.preferences.choose(ilse.id(), Review.NEWSLETTER, true);

            assertThat(newsroom.preferences.wants(ilse.id(), Review.DAILY)).isFalse();
            assertThat(newsroom.preferences.wants(ilse.id(), Review.WEEKLY)).isTrue();
            assertThat(newsroom.readers.newsletter(ilse.id())).as("signed up in the readers module too").isTrue();

            newsroom.preferences.choose(ilse.id(), Review.DAILY, true);
            newsroom.preferences.choose(ilse.id(), Review.NEWSLETTER, false);

            assertThat(newsroom.preferences.wants(ilse.id(), Review.DAILY)).isTrue();
            assertThat(newsroom.readers.newsletter(ilse.id())).as("choosing it off signs the reader off").isFalse();
            assertThat(newsroom.preferences.wants(ilse.id(), Review.NEWSLETTER)).isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void anUnconfirmedReaderCannotChooseTheNewsletterAndNothingIsRecorded(Kind kind) {
        try (TestDatabase db = TestDatabases.create(kind, folder)) {
            Newsroom newsroom = new Newsroom(db.dataSource());
            Reader otto = newsroom.readers.register("otto@harbour.example");

            assertThatThrownBy(() -> newsroom.preferences.choose(otto.id(), Review.NEWSLETTER, true))
                    .isInstanceOf(InvalidReader.class);
            assertThat(newsroom.jdbc.sql("select count(*) from review_preference").query(Integer.class).single()).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aTokenNamesItsReaderAndReviewAndAnyChangeOrForgeryIsRefused(Kind kind) {
        try (TestDatabase db = TestDatabases.create(kind, folder)) {
            Newsroom newsroom = new Newsroom(db.dataSource());
            SignedRecipientTokens tokens = newsroom.tokens(SendingSettings.defaults());

            String token = tokens.sign(42, Review.DAILY);

            assertThat(token).matches("[A-Za-z0-9._-]+");
            assertThat(tokens.verify(token)).contains(new Recipient(42, Review.DAILY));
            String mac = token.substring(token.lastIndexOf('.') + 1);
            assertThat(tokens.verify("43.daily." + mac)).as("another reader").isEmpty();
            assertThat(tokens.verify("42.weekly." + mac)).as("another review").isEmpty();
            assertThat(tokens.verify("42.DAILY." + mac)).as("another spelling").isEmpty();
            assertThat(tokens.verify("042.daily." + mac)).isEmpty();
            assertThat(tokens.verify("42.daily." + "A".repeat(mac.length()))).as("a forged signature").isEmpty();
            assertThat(tokens.verify(token + "x")).isEmpty();
            assertThat(tokens.verify("42.daily")).isEmpty();
            assertThat(tokens.verify("")).isEmpty();
            assertThat(tokens.verify(null)).isEmpty();
            assertThat(tokens.verify("99999999999999999999999.daily." + mac)).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void everyNodeSignsWithTheKeyKeptInTheDatabaseAndAConfiguredKeyReplacesIt(Kind kind) {
        try (TestDatabase db = TestDatabases.create(kind, folder)) {
            Newsroom newsroom = new Newsroom(db.dataSource());
            SignedRecipientTokens first = newsroom.tokens(SendingSettings.defaults());
            SignedRecipientTokens second = new Newsroom(db.dataSource()).tokens(SendingSettings.defaults());
            SignedRecipientTokens configured = newsroom.tokens(withTokenKey("a key the operator chose, long enough"));

            String token = first.sign(7, Review.WEEKLY);

            assertThat(second.sign(7, Review.WEEKLY)).isEqualTo(token);
            assertThat(second.verify(token)).contains(new Recipient(7, Review.WEEKLY));
            assertThat(configured.verify(token)).isEmpty();
            assertThat(configured.verify(configured.sign(7, Review.WEEKLY))).isPresent();
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aDailyEditionIsAddressedToConfirmedSubscribersWhoWantItAndWhoseAddressWorks(Kind kind) {
        try (TestDatabase db = TestDatabases.create(kind, folder)) {
            Newsroom newsroom = new Newsroom(db.dataSource());
            Reader ilse = newsroom.subscriber("ilse@harbour.example");
            Reader marta = newsroom.subscriber("marta@harbour.example");
            Reader declined = newsroom.subscriber("declined@harbour.example");
            newsroom.preferences.choose(declined.id(), Review.DAILY, false);
            Reader bouncing = newsroom.subscriber("bouncing@harbour.example");
            for (int i = 0; i < 3; i++) {
                newsroom.bounces.refused("bouncing@harbour.example", "550 5.1.1 no such mailbox", 3);
            }
            Reader deleted = newsroom.subscriber("deleted@harbour.example");
            newsroom.readers.delete(deleted.id());
            Reader unconfirmed = newsroom.readers.register("unconfirmed@harbour.example");
            TestSubscribers.grant(db.dataSource(), unconfirmed.id(), newsroom.clock.instant(), null);
            Reader lapsed = newsroom.reader("lapsed@harbour.example");
            TestSubscribers.grant(db.dataSource(), lapsed.id(), Instant.parse("2026-01-01T00:00:00Z"),
                    Instant.parse("2026-03-01T00:00:00Z"));
            newsroom.newsletterReader("registered@harbour.example");

            Edition edition = newsroom.editions.freeze(Review.DAILY, MONDAY);

            assertThat(edition.subject()).isEqualTo("The Daily Review: the night ferries sail again");
            assertThat(edition.html()).contains(EditionContent.UNSUBSCRIBE);
            assertThat(edition.frozenAt()).isEqualTo(newsroom.clock.instant());
            assertThat(addressed(newsroom, edition.id())).containsExactly(ilse.email(), marta.email());
            assertThat(bouncing.id()).isPositive();
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void theNewsletterIsAddressedToConfirmedReadersWhoSignedUp(Kind kind) {
        try (TestDatabase db = TestDatabases.create(kind, folder)) {
            Newsroom newsroom = new Newsroom(db.dataSource());
            Reader registered = newsroom.newsletterReader("registered@harbour.example");
            Reader subscriber = newsroom.subscriber("ilse@harbour.example");
            newsroom.preferences.choose(subscriber.id(), Review.NEWSLETTER, true);
            newsroom.reader("not-signed-up@harbour.example");
            Reader off = newsroom.newsletterReader("off@harbour.example");
            newsroom.preferences.choose(off.id(), Review.NEWSLETTER, false);

            Edition edition = newsroom.editions.freeze(Review.NEWSLETTER, MONDAY);

            assertThat(addressed(newsroom, edition.id())).containsExactly(registered.email(), subscriber.email());
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void anEditionIsFrozenOnceAndLaterSubscribersAreNotAddedToIt(Kind kind) {
        try (TestDatabase db = TestDatabases.create(kind, folder)) {
            AtomicInteger composed = new AtomicInteger();
            Newsroom newsroom = new Newsroom(db.dataSource(), (review, date) -> {
                composed.incrementAndGet();
                return Newsroom.COMPOSER.compose(review, date);
            });
            newsroom.subscriber("ilse@harbour.example");
            Edition first = newsroom.editions.freeze(Review.DAILY, MONDAY);
            newsroom.subscriber("late@harbour.example");
            newsroom.clock.advance(Duration.ofHours(1));

            Edition again = newsroom.editions.freeze(Review.DAILY, MONDAY);

            assertThat(again).isEqualTo(first);
            assertThat(composed).hasValue(1);
            assertThat(newsroom.deliveries(first.id())).isEqualTo(1);
            assertThat(newsroom.editions.edition(first.id())).contains(first);
            assertThat(newsroom.editions.edition(Review.DAILY, MONDAY)).contains(first);
            assertThat(newsroom.editions.edition(Review.WEEKLY, MONDAY)).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void nodesFreezingTheSameEditionAtOnceStoreOneEditionAddressedOnce(Kind kind) throws Exception {
        try (TestDatabase db = TestDatabases.create(kind, folder)) {
            Newsroom newsroom = new Newsroom(db.dataSource());
            newsroom.subscribers("reader", 50);
            int nodes = 4;
            CountDownLatch start = new CountDownLatch(1);
            List<Callable<Edition>> freezes = new ArrayList<>();
            for (int i = 0; i < nodes; i++) {
                Newsroom node = new Newsroom(db.dataSource());
                freezes.add(() -> {
                    start.await();
                    return node.editions.freeze(Review.DAILY, MONDAY);
                });
            }
            ExecutorService pool = Executors.newFixedThreadPool(nodes);
            try {
                List<Future<Edition>> results = freezes.stream().map(pool::submit).toList();
                start.countDown();
                List<Long> ids = new ArrayList<>();
                for (Future<Edition> result : results) {
                    ids.add(result.get().id());
                }
                assertThat(ids).containsOnly(ids.getFirst());
                assertThat(newsroom.deliveries(ids.getFirst())).isEqualTo(50);
                assertThat(newsroom.jdbc.sql("select count(*) from review_edition").query(Integer.class).single()).isEqualTo(1);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void theArchiveListsAReviewsEditionsNewestFirst(Kind kind) {
        try (TestDatabase db = TestDatabases.create(kind, folder)) {
            Newsroom newsroom = new Newsroom(db.dataSource());
            newsroom.editions.freeze(Review.DAILY, MONDAY);
            newsroom.editions.freeze(Review.DAILY, MONDAY.plusDays(1));
            newsroom.editions.freeze(Review.DAILY, MONDAY.plusDays(2));
            newsroom.editions.freeze(Review.WEEKLY, MONDAY.plusDays(5));

            assertThat(newsroom.editions.archive(Review.DAILY, 2, 0)).extracting(Edition::date)
                    .containsExactly(MONDAY.plusDays(2), MONDAY.plusDays(1));
            assertThat(newsroom.editions.archive(Review.DAILY, 2, 2)).extracting(Edition::date).containsExactly(MONDAY);
            assertThat(newsroom.editions.archive(Review.NEWSLETTER, 10, 0)).isEmpty();
        }
    }

    private static List<String> addressed(Newsroom newsroom, long editionId) {
        return newsroom.jdbc.sql("select email from review_delivery where edition_id = ? and state = 'pending' order by reader_id")
                .param(editionId)
                .query(String.class)
                .list();
    }

    private static SendingSettings withTokenKey(String key) {
        SendingSettings d = SendingSettings.defaults();
        return new SendingSettings(d.batchSize(), d.connections(), d.rate(), d.maxAttempts(), d.backoff(), d.lease(), d.bounceThreshold(), key,
                d.nodeId(), d.unsubscribeMailbox(), d.dkimDomain(), d.dkimSelector(), d.dkimPrivateKey());
    }
}
