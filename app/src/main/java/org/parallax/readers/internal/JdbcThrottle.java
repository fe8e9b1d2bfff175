package org.parallax.readers.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.parallax.readers.Throttle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Fixed windows counted with one upsert, so concurrent attempts on several nodes each get their own
 * count and exactly {@code attempts} of them are allowed per window.
 */
@Service
class JdbcThrottle implements Throttle {

    /** Old windows are swept now and then, not on every attempt. */
    private static final int SWEEP_EVERY = 500;
    private static final Duration KEEP = Duration.ofDays(2);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AtomicLong calls = new AtomicLong();

    JdbcThrottle(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public boolean allow(Limit limit, String subject) {
        long now = clock.millis();
        long windowMillis = limit.window().toMillis();
        long windowStart = now - Math.floorMod(now, windowMillis);
        if (calls.incrementAndGet() % SWEEP_EVERY == 0) {
            jdbc.sql("delete from attempt where window_start < ?").param(now - Math.max(KEEP.toMillis(), windowMillis)).update();
        }
        int count = jdbc.sql("""
                        insert into attempt (limit_name, subject_hash, window_start, attempts) values (?, ?, ?, 1)
                        on conflict (limit_name, subject_hash, window_start)
                        do update set attempts = attempt.attempts + 1
                        returning attempts""")
                .params(limit.name(), hash(subject), windowStart)
                .query(Integer.class)
                .single();
        return count <= limit.attempts();
    }

    private static String hash(String subject) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(subject.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
