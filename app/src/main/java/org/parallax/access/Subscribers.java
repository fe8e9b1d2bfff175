package org.parallax.access;

/**
 * Who holds All-Access, for modules that decide about a reader outside a request of theirs (the
 * reviews' preference page, opened from an email without signing in).
 */
public interface Subscribers {

    /** Whether the reader holds All-Access now, paid or complimentary. */
    boolean allAccess(long readerId);
}
