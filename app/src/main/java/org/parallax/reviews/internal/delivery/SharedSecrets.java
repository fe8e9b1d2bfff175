package org.parallax.reviews.internal.delivery;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Secrets every node must agree on, kept in review_secret. The first node to ask for one stores a
 * random value; "do nothing" on conflict makes a second node that raced it read the winner's.
 */
@Repository
class SharedSecrets {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    SharedSecrets(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The secret of this name (32 random bytes, base64url), made on first use. */
    String secret(String name) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        jdbc.sql("insert into review_secret (name, secret, created_at) values (?, ?, ?) on conflict (name) do nothing")
                .params(name, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes), clock.millis())
                .update();
        return jdbc.sql("select secret from review_secret where name = ?").param(name).query(String.class).single();
    }
}
