package org.parallax.readers;

import java.time.Instant;

/**
 * An account: a reader, editor or admin.
 *
 * @param confirmedAt when the reader proved the email is theirs (double opt-in); null until then
 * @param hasPassword false for accounts that sign in by one-time links only
 */
public record Reader(long id, String email, Role role, Instant confirmedAt, boolean hasPassword, Instant createdAt) {

    public boolean confirmed() {
        return confirmedAt != null;
    }
}
