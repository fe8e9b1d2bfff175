package org.parallax.newsroom.internal.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.parallax.TestDatabases;
import org.parallax.TestDatabases.Kind;
import org.parallax.TestDatabases.TestDatabase;
import org.parallax.newsroom.AuditEntry;
import org.parallax.newsroom.AuditLog;
import org.parallax.readers.Reader;
import org.parallax.readers.Readers;
import org.parallax.readers.Role;
import org.parallax.readers.internal.TestReaders;

/** Admins give and take back staff roles, over real accounts on SQLite and PostgreSQL; every change is audited. */
class StaffDeskTest {

    @TempDir
    Path folder;

    private final List<String> audited = new ArrayList<>();
    private final AuditLog audit = new AuditLog() {

        @Override
        public void record(String actor, String action, String subject, String detail) {
            audited.add(actor + " " + action + " " + subject + ": " + detail);
        }

        @Override
        public List<AuditEntry> latest(int limit) {
            return List.of();
        }
    };

    @ParameterizedTest
    @EnumSource(Kind.class)
    void anAdminMakesARegisteredReaderAnEditorAndTakesItBack(Kind kind) {
        try (TestDatabase db = TestDatabases.create(kind, folder)) {
            Readers readers = TestReaders.over(db.dataSource(), Clock.systemUTC());
            Reader admin = readers.grant(readers.register("chief@parallax.example").id(), Role.ADMIN);
            Reader maren = readers.register("maren@parallax.example");
            readers.register("reader@harbour.example");
            StaffDesk desk = new StaffDesk(readers, audit);

            assertThat(desk.grant(admin, " Maren@parallax.example ", Role.EDITOR).role()).isEqualTo(Role.EDITOR);
            assertThat(desk.staff()).extracting(Reader::email).containsExactly("chief@parallax.example", "maren@parallax.example");
            desk.grant(admin, maren.id(), Role.READER);

            assertThat(readers.reader(maren.id()).orElseThrow().role()).isEqualTo(Role.READER);
            assertThat(audited).containsExactly("chief@parallax.example change role maren@parallax.example: reader to editor",
                    "chief@parallax.example change role maren@parallax.example: editor to reader");
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void theLastAdminKeepsTheRoleUntilThereIsAnother(Kind kind) {
        try (TestDatabase db = TestDatabases.create(kind, folder)) {
            Readers readers = TestReaders.over(db.dataSource(), Clock.systemUTC());
            Reader admin = readers.grant(readers.register("chief@parallax.example").id(), Role.ADMIN);
            StaffDesk desk = new StaffDesk(readers, audit);

            assertThatThrownBy(() -> desk.grant(admin, admin.id(), Role.EDITOR)).isInstanceOf(StaffRefused.class)
                    .hasMessageContaining("last admin");
            assertThat(readers.reader(admin.id()).orElseThrow().role()).isEqualTo(Role.ADMIN);
            assertThat(audited).isEmpty();

            desk.grant(admin, registered(readers, "deputy@parallax.example"), Role.ADMIN);
            desk.grant(admin, admin.id(), Role.EDITOR);
            assertThat(readers.reader(admin.id()).orElseThrow().role()).isEqualTo(Role.EDITOR);
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void anEmailWithoutAnAccountIsRefusedAndNoAccountIsCreated(Kind kind) {
        try (TestDatabase db = TestDatabases.create(kind, folder)) {
            Readers readers = TestReaders.over(db.dataSource(), Clock.systemUTC());
            Reader admin = readers.grant(readers.register("chief@parallax.example").id(), Role.ADMIN);
            StaffDesk desk = new StaffDesk(readers, audit);

            assertThatThrownBy(() -> desk.grant(admin, "stranger@harbour.example", Role.EDITOR)).isInstanceOf(StaffRefused.class)
                    .hasMessageContaining("register first");
            assertThat(readers.byEmail("stranger@harbour.example")).isEmpty();
            assertThat(audited).isEmpty();
        }
    }

    private static String registered(Readers readers, String email) {
        return readers.register(email).email();
    }
}
