package org.parallax.newsroom;

import java.util.List;

/**
 * Who did what in the newsroom and the admin pages. Every act that changes what readers see or who
 * may change it is recorded here, by the module that does it; admins read it at {@code /admin/audit}.
 */
public interface AuditLog {

    /**
     * Records one act, inside the caller's transaction when there is one.
     *
     * @param actor   who did it: the signed-in account's email, or "scheduler" for the server itself
     * @param action  what was done, a short verb such as "publish" or "correct"
     * @param subject what it was done to, such as an article id
     * @param detail  anything worth knowing later (a note, a time); may be null
     */
    void record(String actor, String action, String subject, String detail);

    /** The newest {@code limit} entries, newest first. */
    List<AuditEntry> latest(int limit);
}
