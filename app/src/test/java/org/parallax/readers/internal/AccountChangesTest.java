package org.parallax.readers.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.parallax.TestDatabases;
import org.parallax.TestDatabases.Kind;
import org.parallax.TestDatabases.TestDatabase;
import org.parallax.readers.InvalidReader;
import org.parallax.readers.Purpose;
import org.parallax.readers.Reader;
import org.parallax.readers.ReaderDeleted;
import org.parallax.readers.Readers;
import org.parallax.readers.internal.ReaderFixtures.MovingClock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Password reset, the newsletter choice and deletion's event, on both databases and a moving clock. */
class AccountChangesTest {

    private static final String NEW_PASSWORD = "lanterns over the weir";

    @TempDir
    Path folder;

    private final MovingClock clock = new MovingClock();

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aResetLinkSetsThePasswordOnceAndItsHashIsBcrypt(Kind kind) {
        try (TestDatabase db = TestDatabases.create(kind, folder)) {
            Readers readers = ReaderFixtures.readers(db.dataSource(), clock);
            Reader ilse = readers.register("ilse@harbour.example");
            String token = readers.issueLink(ilse.id(), Purpose.RESET_PASSWORD);

            assertThat(readers.resetPassword(token, NEW_PASSWORD)).hasValueSatisfying(r -> assertThat(r.hasPassword()).isTrue());
            assertThat(readers.resetPassword(token, "another long password")).isEmpty();

            assertThat(readers.checkPassword("ilse@harbour.example", NEW_PASSWORD)).isPresent();
            assertThat(readers.checkPassword("ilse@harbour.example", "another long password")).isEmpty();
            String stored = JdbcClient.create(db.dataSource()).sql("select password_hash from reader where id = ?")
                    .param(ilse.id()).query(String.class).single();
            assertThat(stored).startsWith("$2a$10$").doesNotContain(NEW_PASSWORD).hasSize(60);
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aRefusedPasswordLeavesTheResetLinkUsable(Kind kind) {
        try (TestDatabase db = TestDatabases.create(kind, folder)) {
            Readers readers = ReaderFixtures.readers(db.dataSource(), clock);
            Reader ilse = readers.register("ilse@harbour.example");
            String token = readers.issueLink(ilse.id(), Purpose.RESET_PASSWORD);

            assertThatThrownBy(() -> readers.resetPassword(token, "short")).isInstanceOf(InvalidReader.class);

            assertThat(readers.resetPassword(token, NEW_PASSWORD)).isPresent();
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aResetLinkExpiresAfterFifteenMinutesAndOtherPurposesDoNotReset(Kind kind) {
        try (TestDatabase db = TestDatabases.create(kind, folder)) {
            Readers readers = ReaderFixtures.readers(db.dataSource(), clock);
            Reader ilse = readers.register("ilse@harbour.example");
            String late = readers.issueLink(ilse.id(), Purpose.RESET_PASSWORD);
            String signIn = readers.issueLink(ilse.id(), Purpose.SIGN_IN);

            assertThat(readers.resetPassword(signIn, NEW_PASSWORD)).isEmpty();
            assertThat(readers.resetPassword("guessed-" + late.substring(8), NEW_PASSWORD)).isEmpty();
            clock.advance(Duration.ofMinutes(15).plusSeconds(1));
            assertThat(readers.resetPassword(late, NEW_PASSWORD)).isEmpty();

            assertThat(readers.reader(ilse.id()).orElseThrow().hasPassword()).isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void onlyAConfirmedReaderMaySignUpForTheNewsletterAndAnyoneMaySignOff(Kind kind) {
        try (TestDatabase db = TestDatabases.create(kind, folder)) {
            Readers readers = ReaderFixtures.readers(db.dataSource(), clock);
            Reader ilse = readers.register("ilse@harbour.example");

            assertThatThrownBy(() -> readers.setNewsletter(ilse.id(), true)).isInstanceOf(InvalidReader.class)
                    .hasMessageContaining("confirm your email");
            readers.setNewsletter(ilse.id(), false);
            assertThat(readers.newsletter(ilse.id())).isFalse();

            readers.redeem(readers.issueLink(ilse.id(), Purpose.CONFIRM_EMAIL), Purpose.CONFIRM_EMAIL);
            readers.setNewsletter(ilse.id(), true);
            assertThat(readers.newsletter(ilse.id())).isTrue();
            readers.setNewsletter(ilse.id(), false);
            assertThat(readers.newsletter(ilse.id())).isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void deletingAnAccountPublishesReaderDeletedAndErasesTheNewsletterChoice(Kind kind) {
        try (TestDatabase db = TestDatabases.create(kind, folder)) {
            List<Object> events = new ArrayList<>();
            DataSource dataSource = db.dataSource();
            Readers readers = new JdbcReaders(JdbcClient.create(dataSource),
                    new TransactionTemplate(new DataSourceTransactionManager(dataSource)), clock,
                    new ReadersProperties(Duration.ofMinutes(15)), events::add);
            Reader ilse = readers.register("ilse@harbour.example");
            readers.redeem(readers.issueLink(ilse.id(), Purpose.CONFIRM_EMAIL), Purpose.CONFIRM_EMAIL);
            readers.setNewsletter(ilse.id(), true);

            readers.delete(ilse.id());

            assertThat(events).containsExactly(new ReaderDeleted(ilse.id()));
            assertThat(JdbcClient.create(dataSource).sql("select count(*) from reader where newsletter = ?").param(true)
                    .query(Integer.class).single()).isZero();
        }
    }
}
