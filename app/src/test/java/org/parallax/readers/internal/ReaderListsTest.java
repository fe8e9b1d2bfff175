package org.parallax.readers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.parallax.TestDatabases;
import org.parallax.TestDatabases.Kind;
import org.parallax.TestDatabases.TestDatabase;
import org.parallax.readers.Purpose;
import org.parallax.readers.Reader;
import org.parallax.readers.Readers;

/** The lists other modules read accounts through in batches: by id, and the newsletter's readers. */
class ReaderListsTest {

    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(Kind.class)
    void readersByIdLeaveOutDeletedAccountsAndUnknownIds(Kind kind) {
        try (TestDatabase db = TestDatabases.create(kind, folder)) {
            Readers readers = ReaderFixtures.readers(db.dataSource(), new ReaderFixtures.MovingClock());
            Reader ilse = readers.register("ilse@harbour.example");
            Reader otto = readers.register("otto@harbour.example");
            Reader marta = readers.register("marta@harbour.example");
            readers.delete(otto.id());

            assertThat(readers.readers(List.of(marta.id(), otto.id(), ilse.id(), 999L))).extracting(Reader::email)
                    .containsExactly("ilse@harbour.example", "marta@harbour.example");
            assertThat(readers.readers(List.of())).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void theNewsletterGoesToConfirmedLivingReadersWhoSignedUp(Kind kind) {
        try (TestDatabase db = TestDatabases.create(kind, folder)) {
            Readers readers = ReaderFixtures.readers(db.dataSource(), new ReaderFixtures.MovingClock());
            Reader ilse = confirmed(readers, "ilse@harbour.example");
            readers.setNewsletter(ilse.id(), true);
            Reader deleted = confirmed(readers, "deleted@harbour.example");
            readers.setNewsletter(deleted.id(), true);
            readers.delete(deleted.id());
            Reader off = confirmed(readers, "off@harbour.example");
            readers.setNewsletter(off.id(), true);
            readers.setNewsletter(off.id(), false);
            confirmed(readers, "never@harbour.example");

            assertThat(readers.newsletterReaders()).extracting(Reader::id).containsExactly(ilse.id());
        }
    }

    private static Reader confirmed(Readers readers, String email) {
        Reader reader = readers.register(email);
        return readers.redeem(readers.issueLink(reader.id(), Purpose.CONFIRM_EMAIL), Purpose.CONFIRM_EMAIL).orElseThrow();
    }
}
