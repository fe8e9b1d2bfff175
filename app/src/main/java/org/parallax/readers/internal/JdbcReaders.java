package org.parallax.readers.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.parallax.readers.InvalidEmail;
import org.parallax.readers.InvalidReader;
import org.parallax.readers.Purpose;
import org.parallax.readers.Reader;
import org.parallax.readers.ReaderDeleted;
import org.parallax.readers.Readers;
import org.parallax.readers.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

@Service
class JdbcReaders implements Readers {

    private static final RowMapper<Reader> READER = (rs, row) -> new Reader(rs.getLong("id"), rs.getString("email"),
            Role.valueOf(rs.getString("role")), instant(rs.getObject("confirmed_at")), rs.getString("password_hash") != null,
            Instant.ofEpochMilli(rs.getLong("created_at")));

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final OneTimeLinks links;
    private final ApplicationEventPublisher events;
    private final Passwords passwords = new Passwords();

    JdbcReaders(JdbcClient jdbc, TransactionTemplate transactions, Clock clock, ReadersProperties properties,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
        this.events = events;
        this.links = new OneTimeLinks(jdbc, clock, properties.linkLifetime());
    }

    @Override
    public Reader register(String email) {
        String normalized = Emails.normalize(email);
        // "do nothing" on a known email makes registering idempotent, even for two requests at once.
        jdbc.sql("insert into reader (email, role, created_at) values (?, ?, ?) on conflict (email) do nothing")
                .params(normalized, Role.READER.name(), clock.millis())
                .update();
        return find(normalized).orElseThrow();
    }

    @Override
    public Reader register(String email, String rawPassword) {
        String hash = passwords.hash(rawPassword); // refuses a bad password before anything is stored
        return transactions.execute(status -> {
            Reader reader = register(email);
            jdbc.sql("update reader set password_hash = ? where id = ?").params(hash, reader.id()).update();
            return existing(reader.id());
        });
    }

    @Override
    public Optional<Reader> reader(long id) {
        return jdbc.sql("select * from reader where id = ? and deleted_at is null").param(id).query(READER).optional();
    }

    @Override
    public Optional<Reader> byEmail(String email) {
        return find(Emails.normalize(email));
    }

    @Override
    public List<Reader> all() {
        return jdbc.sql("select * from reader where deleted_at is null order by id").query(READER).list();
    }

    @Override
    public List<Reader> readers(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from reader where deleted_at is null and id in (:ids) order by id")
                .param("ids", ids)
                .query(READER)
                .list();
    }

    @Override
    public Reader grant(long readerId, Role role) {
        existing(readerId);
        jdbc.sql("update reader set role = ? where id = ?").params(role.name(), readerId).update();
        return existing(readerId);
    }

    @Override
    public void delete(long readerId) {
        existing(readerId);
        transactions.executeWithoutResult(status -> {
            links.forget(readerId);
            jdbc.sql("update reader set email = null, password_hash = null, newsletter = ?, deleted_at = ? where id = ?")
                    .params(false, clock.millis(), readerId)
                    .update();
        });
        events.publishEvent(new ReaderDeleted(readerId));
    }

    @Override
    public void setPassword(long readerId, String rawPassword) {
        String hash = passwords.hash(rawPassword);
        existing(readerId);
        jdbc.sql("update reader set password_hash = ? where id = ?").params(hash, readerId).update();
    }

    @Override
    public Optional<Reader> resetPassword(String token, String rawPassword) {
        String hash = passwords.hash(rawPassword); // a refused password uses nothing up
        return transactions.execute(status -> {
            Optional<Reader> reader = links.use(token, Purpose.RESET_PASSWORD).flatMap(used -> apply(used, Purpose.RESET_PASSWORD));
            reader.ifPresentOrElse(
                    found -> jdbc.sql("update reader set password_hash = ? where id = ?").params(hash, found.id()).update(),
                    status::setRollbackOnly);
            return reader.flatMap(found -> reader(found.id()));
        });
    }

    @Override
    public boolean newsletter(long readerId) {
        existing(readerId);
        return jdbc.sql("select newsletter from reader where id = ?").param(readerId).query(Boolean.class).single();
    }

    @Override
    public List<Reader> newsletterReaders() {
        return jdbc.sql("""
                        select * from reader
                        where deleted_at is null and newsletter = ? and confirmed_at is not null and email is not null
                        order by id""")
                .param(true)
                .query(READER)
                .list();
    }

    @Override
    public void setNewsletter(long readerId, boolean wanted) {
        Reader reader = existing(readerId);
        if (wanted && !reader.confirmed()) {
            throw new InvalidReader("confirm your email before signing up for the newsletter");
        }
        jdbc.sql("update reader set newsletter = ? where id = ?").params(wanted, readerId).update();
    }

    @Override
    public Optional<Reader> checkPassword(String email, String rawPassword) {
        Optional<String> normalized;
        try {
            normalized = Optional.of(Emails.normalize(email));
        } catch (InvalidEmail e) {
            normalized = Optional.empty();
        }
        String hash = normalized.flatMap(n -> jdbc.sql("select password_hash from reader where email = ? and deleted_at is null")
                .param(n).query(String.class).optional()).orElse(null);
        // Always one BCrypt comparison, against a dummy hash when there is no account or no password.
        return passwords.matches(rawPassword, hash) ? normalized.flatMap(this::find) : Optional.empty();
    }

    @Override
    public String issueLink(long readerId, Purpose purpose) {
        if (purpose == Purpose.CHANGE_EMAIL) {
            throw new IllegalArgumentException("a CHANGE_EMAIL link needs the new email: use issueEmailChange");
        }
        existing(readerId);
        return links.issue(readerId, purpose, null);
    }

    @Override
    public String issueEmailChange(long readerId, String newEmail) {
        String normalized = Emails.normalize(newEmail);
        Reader reader = existing(readerId);
        if (find(normalized).filter(other -> other.id() != reader.id()).isPresent()) {
            throw new InvalidEmail(normalized + " already belongs to another account");
        }
        return links.issue(readerId, Purpose.CHANGE_EMAIL, normalized);
    }

    @Override
    public Optional<Reader> redeem(String token, Purpose purpose) {
        try {
            return transactions.execute(status -> {
                Optional<Reader> reader = links.use(token, purpose).flatMap(used -> apply(used, purpose));
                if (reader.isEmpty()) {
                    status.setRollbackOnly();
                }
                return reader;
            });
        } catch (DuplicateKeyException e) {
            // Someone took the new email between the link and its use.
            return Optional.empty();
        }
    }

    private Optional<Reader> apply(OneTimeLinks.Used used, Purpose purpose) {
        Optional<Reader> reader = reader(used.readerId());
        if (reader.isEmpty()) {
            return Optional.empty();
        }
        if (purpose == Purpose.CHANGE_EMAIL) {
            if (find(used.newEmail()).filter(other -> other.id() != used.readerId()).isPresent()) {
                return Optional.empty();
            }
            jdbc.sql("update reader set email = ? where id = ?").params(used.newEmail(), used.readerId()).update();
        }
        jdbc.sql("update reader set confirmed_at = ? where id = ? and confirmed_at is null")
                .params(clock.millis(), used.readerId())
                .update();
        return reader(used.readerId());
    }

    private Optional<Reader> find(String normalizedEmail) {
        return jdbc.sql("select * from reader where email = ? and deleted_at is null").param(normalizedEmail).query(READER).optional();
    }

    private Reader existing(long readerId) {
        return reader(readerId).orElseThrow(() -> new InvalidReader("no account with id " + readerId));
    }

    private static Instant instant(Object millis) {
        return millis == null ? null : Instant.ofEpochMilli(((Number) millis).longValue());
    }
}
