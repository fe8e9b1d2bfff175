package org.parallax.readers.internal;

import java.nio.charset.StandardCharsets;
import org.parallax.readers.InvalidReader;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** BCrypt hashes, and a dummy hash to spend the same time on when there is nothing to check. */
final class Passwords {

    static final int MIN_LENGTH = 12;
    // BCrypt reads only the first 72 bytes; longer passwords are refused instead of silently cut.
    static final int MAX_BYTES = 72;

    private final BCryptPasswordEncoder encoder = new BCryptPasswordEncoder();
    private final String dummyHash = encoder.encode("no one's password, hashed for timing");

    String hash(String raw) {
        if (raw == null || raw.codePointCount(0, raw.length()) < MIN_LENGTH) {
            throw new InvalidReader("a password needs at least " + MIN_LENGTH + " characters");
        }
        if (raw.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new InvalidReader("a password can be at most " + MAX_BYTES + " bytes long (72 letters without accents)");
        }
        return encoder.encode(raw);
    }

    /** Whether raw matches hash; with a null hash it checks against the dummy and answers false. */
    boolean matches(String raw, String hash) {
        String candidate = raw == null || raw.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES ? "" : raw;
        boolean matches = encoder.matches(candidate, hash == null ? dummyHash : hash);
        return hash != null && !candidate.isEmpty() && matches;
    }
}
