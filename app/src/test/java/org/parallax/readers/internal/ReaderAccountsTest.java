package org.parallax.readers.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.parallax.TestDatabases;
import org.parallax.TestDatabases.Kind;
import org.parallax.TestDatabases.TestDatabase;
import org.parallax.readers.InvalidEmail;
import org.parallax.readers.InvalidReader;
import org.parallax.readers.Reader;
import org.parallax.readers.Readers;
import org.parallax.readers.Role;
import org.parallax.readers.internal.ReaderFixtures.MovingClock;

/** Accounts on both databases Parallax runs on. */
class ReaderAccountsTest {

    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(Kind.class)
    void registeringTwiceGivesTheSameReaderBackUnderTheNormalizedEmail(Kind kind) {
        try (TestDatabase db = TestDatabases.create(kind, folder)) {
            Readers readers = ReaderFixtures.readers(db.dataSource(), new MovingClock());

            Reader first = readers.register("  Ilse@Harbour.Example ");
            Reader again = readers.register("ilse@harbour.example");

            assertThat(again).isEqualTo(first);
            assertThat(first.email()).isEqualTo("ilse@harbour.example");
            assertThat(first.role()).isEqualTo(Role.READER);
            assertThat(first.confirmed()).isFalse();
            assertThat(first.hasPassword()).isFalse();
            assertThat(first.createdAt()).isEqualTo(ReaderFixtures.MORNING);
            assertThat(readers.byEmail("ILSE@harbour.example")).contains(first);
            assertThat(readers.reader(first.id())).contains(first);
            assertThat(readers.all()).containsExactly(first);
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aMalformedEmailIsNeverRegistered(Kind kind) {
        try (TestDatabase db = TestDatabases.create(kind, folder)) {
            Readers readers = ReaderFixtures.readers(db.dataSource(), new MovingClock());

            assertThatThrownBy(() -> readers.register("ilse.harbour.example"))
                    .isInstanceOf(InvalidEmail.class).hasMessageContaining("needs an @");
            assertThat(readers.all()).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void anAccountWithARefusedPasswordIsNeverCreated(Kind kind) {
        try (TestDatabase db = TestDatabases.create(kind, folder)) {
            Readers readers = ReaderFixtures.readers(db.dataSource(), new MovingClock());

            assertThatThrownBy(() -> readers.register("agnete@osterby.example", "short")).isInstanceOf(InvalidReader.class);

            assertThat(readers.byEmail("agnete@osterby.example")).isEmpty();
            Reader created = readers.register("agnete@osterby.example", "lights on both shores");
            assertThat(readers.checkPassword("agnete@osterby.example", "lights on both shores")).contains(created);
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void grantingARoleReplacesTheOneTheAccountHad(Kind kind) {
        try (TestDatabase db = TestDatabases.create(kind, folder)) {
            Readers readers = ReaderFixtures.readers(db.dataSource(), new MovingClock());
            long id = readers.register("tomasz@quayside.example").id();

            assertThat(readers.grant(id, Role.EDITOR).role()).isEqualTo(Role.EDITOR);
            Reader admin = readers.grant(id, Role.ADMIN);

            assertThat(readers.reader(id).orElseThrow().role()).isEqualTo(Role.ADMIN);
            assertThat(admin.role().includes(Role.EDITOR)).isTrue();
            assertThat(Role.EDITOR.includes(Role.ADMIN)).isFalse();
            assertThatThrownBy(() -> readers.grant(id + 100, Role.ADMIN))
                    .isInstanceOf(InvalidReader.class).hasMessage("no account with id " + (id + 100));
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void theRightPasswordSignsInAndAWrongOneOrAnUnknownEmailDoesNot(Kind kind) {
        try (TestDatabase db = TestDatabases.create(kind, folder)) {
            Readers readers = ReaderFixtures.readers(db.dataSource(), new MovingClock());
            Reader ilse = readers.register("ilse@harbour.example");
            Reader tomasz = readers.register("tomasz@quayside.example");

            readers.setPassword(ilse.id(), "night ferries at nine");

            assertThat(readers.checkPassword(" Ilse@harbour.example", "night ferries at nine"))
                    .hasValueSatisfying(reader -> assertThat(reader.id()).isEqualTo(ilse.id()));
            assertThat(readers.reader(ilse.id()).orElseThrow().hasPassword()).isTrue();
            assertThat(readers.checkPassword("ilse@harbour.example", "night ferries at ten")).isEmpty();
            assertThat(readers.checkPassword("nobody@harbour.example", "night ferries at nine")).isEmpty();
            assertThat(readers.checkPassword("tomasz@quayside.example", "night ferries at nine")).isEmpty();
            assertThat(readers.checkPassword("not an email", "night ferries at nine")).isEmpty();
            assertThat(readers.checkPassword("ilse@harbour.example", "")).isEmpty();
            assertThat(tomasz.hasPassword()).isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aPasswordShorterThanTwelveCharactersIsRefused(Kind kind) {
        try (TestDatabase db = TestDatabases.create(kind, folder)) {
            Readers readers = ReaderFixtures.readers(db.dataSource(), new MovingClock());
            long id = readers.register("ilse@harbour.example").id();

            assertThatThrownBy(() -> readers.setPassword(id, "ferry-at-9"))
                    .isInstanceOf(InvalidReader.class).hasMessage("a password needs at least 12 characters");
            assertThatThrownBy(() -> readers.setPassword(id, "x".repeat(73)))
                    .isInstanceOf(InvalidReader.class).hasMessageStartingWith("a password can be at most 72 bytes");
            assertThat(readers.reader(id).orElseThrow().hasPassword()).isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aDeletedAccountLosesItsEmailAndTheEmailCanRegisterAfresh(Kind kind) {
        try (TestDatabase db = TestDatabases.create(kind, folder)) {
            Readers readers = ReaderFixtures.readers(db.dataSource(), new MovingClock());
            Reader ilse = readers.register("ilse@harbour.example");
            readers.setPassword(ilse.id(), "night ferries at nine");

            readers.delete(ilse.id());

            assertThat(readers.reader(ilse.id())).isEmpty();
            assertThat(readers.byEmail("ilse@harbour.example")).isEmpty();
            assertThat(readers.checkPassword("ilse@harbour.example", "night ferries at nine")).isEmpty();
            assertThat(readers.all()).isEmpty();
            assertThat(readers.register("ilse@harbour.example").id()).isNotEqualTo(ilse.id());
        }
    }
}
