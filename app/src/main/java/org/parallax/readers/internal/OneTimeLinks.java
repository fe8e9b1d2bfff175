package org.parallax.readers.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.parallax.readers.Purpose;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Issues one-time tokens (only their SHA-256 is stored) and uses them up exactly once. */
final class OneTimeLinks {

    /** A used-up link: whose it was and, for CHANGE_EMAIL, the new address. */
    record Used(long readerId, String newEmail) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration lifetime;
    private final SecureRandom random = new SecureRandom();

    OneTimeLinks(JdbcClient jdbc, Clock clock, Duration lifetime) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.lifetime = lifetime;
    }

    String issue(long readerId, Purpose purpose, String newEmail) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        long now = clock.millis();
        jdbc.sql("insert into reader_link (token_hash, reader_id, purpose, new_email, created_at, expires_at)"
                        + " values (?, ?, ?, ?, ?, ?)")
                .params(sha256(token), readerId, purpose.name(), newEmail, now, now + lifetime.toMillis())
                .update();
        return token;
    }

    /** Marks the link used when it is unused, unexpired and of this purpose; of two at once, one wins. */
    Optional<Used> use(String token, Purpose purpose) {
        if (token == null) {
            return Optional.empty();
        }
        String hash = sha256(token);
        long now = clock.millis();
        int won = jdbc.sql("update reader_link set used_at = ?"
                        + " where token_hash = ? and purpose = ? and used_at is null and expires_at > ?")
                .params(now, hash, purpose.name(), now)
                .update();
        if (won != 1) {
            return Optional.empty();
        }
        return jdbc.sql("select reader_id, new_email from reader_link where token_hash = ?").param(hash)
                .query((rs, row) -> new Used(rs.getLong("reader_id"), rs.getString("new_email")))
                .optional();
    }

    void forget(long readerId) {
        jdbc.sql("delete from reader_link where reader_id = ?").param(readerId).update();
    }

    private static String sha256(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
