package org.parallax.newsroom.internal.staff;

import java.util.Comparator;
import java.util.List;
import org.parallax.newsroom.AuditLog;
import org.parallax.readers.Reader;
import org.parallax.readers.Readers;
import org.parallax.readers.Role;
import org.springframework.stereotype.Service;

/**
 * Who is on staff, and role changes made by admins: a registered account becomes an editor or an
 * admin, or goes back to being a reader. The publication always keeps one admin, or nobody could
 * manage staff again without the command line. Every change goes to the audit log.
 */
@Service
class StaffDesk {

    private final Readers readers;
    private final AuditLog audit;

    StaffDesk(Readers readers, AuditLog audit) {
        this.readers = readers;
        this.audit = audit;
    }

    /** Editors and admins, admins first, then by email. */
    List<Reader> staff() {
        return readers.all().stream()
                .filter(reader -> reader.role().includes(Role.EDITOR))
                .sorted(Comparator.comparing(Reader::role).reversed().thenComparing(Reader::email))
                .toList();
    }

    Reader grant(Reader admin, String email, Role role) {
        Reader account = readers.byEmail(email == null ? "" : email.strip())
                .orElseThrow(() -> new StaffRefused("No account has this email: ask them to register first."));
        return grant(admin, account, role);
    }

    Reader grant(Reader admin, long readerId, Role role) {
        Reader account = readers.reader(readerId).orElseThrow(() -> new StaffRefused("There is no such account."));
        return grant(admin, account, role);
    }

    private Reader grant(Reader admin, Reader account, Role role) {
        if (account.role() == role) {
            return account;
        }
        if (account.role() == Role.ADMIN && admins() == 1) {
            throw new StaffRefused(account.email() + " is the last admin: make another admin first.");
        }
        Reader changed = readers.grant(account.id(), role);
        audit.record(admin.email(), "change role", account.email(), account.role().name().toLowerCase() + " to " + role.name().toLowerCase());
        return changed;
    }

    private long admins() {
        return readers.all().stream().filter(reader -> reader.role() == Role.ADMIN).count();
    }
}
