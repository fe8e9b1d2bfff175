package org.parallax.readers.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.parallax.TestDatabases;
import org.parallax.TestDatabases.Kind;
import org.parallax.TestDatabases.TestDatabase;
import org.parallax.readers.InvalidEmail;
import org.parallax.readers.Purpose;
import org.parallax.readers.Reader;
import org.parallax.readers.Readers;
import org.parallax.readers.internal.ReaderFixtures.MovingClock;
import org.springframework.jdbc.core.simple.JdbcClient;

/** One-time links on both databases: single use, fifteen minutes, one purpose, nothing to guess. */
class OneTimeLinksTest {

    @TempDir
    Path folder;

    private final MovingClock clock = new MovingClock();

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aLinkWorksOnceAndOnlyItsHashIsStored(Kind kind) {
        try (TestDatabase db = TestDatabases.create(kind, folder)) {
            Readers readers = ReaderFixtures.readers(db.dataSource(), clock);
            Reader ilse = readers.register("ilse@harbour.example");

            String token = readers.issueLink(ilse.id(), Purpose.SIGN_IN);

            assertThat(Base64.getUrlDecoder().decode(token)).hasSize(32);
            assertThat(JdbcClient.create(db.dataSource()).sql("select token_hash from reader_link").query(String.class).single())
                    .isNotEqualTo(token).hasSize(64);
            assertThat(readers.redeem(token, Purpose.SIGN_IN)).hasValueSatisfying(r -> assertThat(r.id()).isEqualTo(ilse.id()));
            assertThat(readers.redeem(token, Purpose.SIGN_IN)).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aLinkExpiresFifteenMinutesAfterItWasIssued(Kind kind) {
        try (TestDatabase db = TestDatabases.create(kind, folder)) {
            Readers readers = ReaderFixtures.readers(db.dataSource(), clock);
            long id = readers.register("ilse@harbour.example").id();
            String inTime = readers.issueLink(id, Purpose.SIGN_IN);
            String late = readers.issueLink(id, Purpose.SIGN_IN);

            clock.advance(Duration.ofMinutes(15).minusSeconds(1));
            assertThat(readers.redeem(inTime, Purpose.SIGN_IN)).isPresent();
            clock.advance(Duration.ofSeconds(1));
            assertThat(readers.redeem(late, Purpose.SIGN_IN)).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aLinkOfAnotherPurposeOrAGuessedTokenIsRefused(Kind kind) {
        try (TestDatabase db = TestDatabases.create(kind, folder)) {
            Readers readers = ReaderFixtures.readers(db.dataSource(), clock);
            long id = readers.register("ilse@harbour.example").id();
            String reset = readers.issueLink(id, Purpose.RESET_PASSWORD);

            assertThat(readers.redeem(reset, Purpose.SIGN_IN)).isEmpty();
            assertThat(readers.redeem(Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[32]), Purpose.RESET_PASSWORD))
                    .isEmpty();
            assertThat(readers.redeem("", Purpose.RESET_PASSWORD)).isEmpty();
            assertThat(readers.redeem(null, Purpose.RESET_PASSWORD)).isEmpty();
            // The refused attempt of the wrong purpose did not use the link up.
            assertThat(readers.redeem(reset, Purpose.RESET_PASSWORD)).isPresent();
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aConfirmationLinkConfirmsTheEmail(Kind kind) {
        try (TestDatabase db = TestDatabases.create(kind, folder)) {
            Readers readers = ReaderFixtures.readers(db.dataSource(), clock);
            Reader ilse = readers.register("ilse@harbour.example");
            String token = readers.issueLink(ilse.id(), Purpose.CONFIRM_EMAIL);
            clock.advance(Duration.ofMinutes(3));

            Reader confirmed = readers.redeem(token, Purpose.CONFIRM_EMAIL).orElseThrow();

            assertThat(ilse.confirmed()).isFalse();
            assertThat(confirmed.confirmedAt()).isEqualTo(ReaderFixtures.MORNING.plus(Duration.ofMinutes(3)));
            assertThat(readers.reader(ilse.id()).orElseThrow().confirmed()).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void anEmailChangeLinkMovesTheAccountToTheNewEmail(Kind kind) {
        try (TestDatabase db = TestDatabases.create(kind, folder)) {
            Readers readers = ReaderFixtures.readers(db.dataSource(), clock);
            Reader ilse = readers.register("ilse@harbour.example");
            String token = readers.issueEmailChange(ilse.id(), " Ilse@Quayside.Example");

            assertThat(readers.redeem(token, Purpose.CHANGE_EMAIL)).hasValueSatisfying(r -> {
                assertThat(r.id()).isEqualTo(ilse.id());
                assertThat(r.email()).isEqualTo("ilse@quayside.example");
            });
            assertThat(readers.byEmail("ilse@harbour.example")).isEmpty();
            assertThat(readers.byEmail("ilse@quayside.example")).isPresent();
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void anEmailChangeToAnAddressTakenBySomeoneElseIsRefused(Kind kind) {
        try (TestDatabase db = TestDatabases.create(kind, folder)) {
            Readers readers = ReaderFixtures.readers(db.dataSource(), clock);
            Reader ilse = readers.register("ilse@harbour.example");
            readers.register("tomasz@quayside.example");

            assertThatThrownBy(() -> readers.issueEmailChange(ilse.id(), "Tomasz@quayside.example"))
                    .isInstanceOf(InvalidEmail.class).hasMessage("tomasz@quayside.example already belongs to another account");
            assertThatThrownBy(() -> readers.issueLink(ilse.id(), Purpose.CHANGE_EMAIL))
                    .isInstanceOf(IllegalArgumentException.class);

            // Taken after the link went out: the link no longer changes anything.
            String token = readers.issueEmailChange(ilse.id(), "ilse@ferry.example");
            readers.register("ilse@ferry.example");
            assertThat(readers.redeem(token, Purpose.CHANGE_EMAIL)).isEmpty();
            assertThat(readers.reader(ilse.id()).orElseThrow().email()).isEqualTo("ilse@harbour.example");
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void ofTwoRedeemsAtOnceExactlyOneWins(Kind kind) throws Exception {
        try (TestDatabase db = TestDatabases.create(kind, folder)) {
            Readers readers = ReaderFixtures.readers(db.dataSource(), clock);
            long id = readers.register("ilse@harbour.example").id();
            // Our own two threads: the common pool has a single worker on two cores.
            ExecutorService twoThreads = Executors.newFixedThreadPool(2);
            try {
                for (int round = 0; round < 10; round++) {
                    String token = readers.issueLink(id, Purpose.SIGN_IN);
                    CountDownLatch start = new CountDownLatch(1);
                    List<Future<Optional<Reader>>> attempts = new ArrayList<>();
                    for (int i = 0; i < 2; i++) {
                        attempts.add(twoThreads.submit(() -> {
                            start.await();
                            return readers.redeem(token, Purpose.SIGN_IN);
                        }));
                    }
                    start.countDown();
                    int winners = 0;
                    for (Future<Optional<Reader>> attempt : attempts) {
                        winners += attempt.get(30, TimeUnit.SECONDS).isPresent() ? 1 : 0;
                    }
                    assertThat(winners).as("winners in round %d", round).isEqualTo(1);
                }
            } finally {
                twoThreads.shutdownNow();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aDeletedAccountsLinksNoLongerWork(Kind kind) {
        try (TestDatabase db = TestDatabases.create(kind, folder)) {
            Readers readers = ReaderFixtures.readers(db.dataSource(), clock);
            long id = readers.register("ilse@harbour.example").id();
            String token = readers.issueLink(id, Purpose.SIGN_IN);

            readers.delete(id);

            assertThat(readers.redeem(token, Purpose.SIGN_IN)).isEmpty();
        }
    }
}
