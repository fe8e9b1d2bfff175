package org.parallax.access.internal.billing;

import java.time.Instant;

/**
 * How one subscription row stands: its status and whether, and until when, it grants All-Access.
 * The access module's readers only look at {@code grantsAccess} and {@code accessUntil}.
 */
record Standing(String status, boolean grantsAccess, Instant accessUntil) {
}
