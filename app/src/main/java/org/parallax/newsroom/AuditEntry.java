package org.parallax.newsroom;

import java.time.Instant;

/** One act in the audit log. */
public record AuditEntry(long id, Instant at, String actor, String action, String subject, String detail) {
}
