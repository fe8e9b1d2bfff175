package org.parallax.newsroom.internal.changes;

import java.util.ArrayList;
import java.util.List;
import org.parallax.newsroom.AuditEntry;
import org.parallax.newsroom.AuditLog;

/** An audit log that keeps what it is told as lines "actor action subject: detail", for assertions. */
final class RecordedAudit implements AuditLog {

    final List<String> lines = new ArrayList<>();

    @Override
    public void record(String actor, String action, String subject, String detail) {
        lines.add(actor + " " + action + " " + subject + ": " + detail);
    }

    @Override
    public List<AuditEntry> latest(int limit) {
        return List.of();
    }
}
