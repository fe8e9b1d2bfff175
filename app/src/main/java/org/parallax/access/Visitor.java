package org.parallax.access;

import java.util.Set;

/**
 * Who is asking to read, as far as access cares. Controllers take a {@code Visitor} parameter and
 * get the one of the current request: the signed-in reader's standing, whether they hold All-Access,
 * and the articles this browser unlocked by giving an email.
 *
 * @param readerId     the account, or 0 for an anonymous visitor
 * @param allAccess    an active All-Access subscription (paid or complimentary)
 * @param unlockedHere article ids unlocked in this browser session through the email form
 */
public record Visitor(Standing standing, long readerId, boolean allAccess, Set<String> unlockedHere) {

    public static final Visitor ANONYMOUS = new Visitor(Standing.ANONYMOUS, 0, false, Set.of());

    public Visitor {
        unlockedHere = Set.copyOf(unlockedHere);
        if ((standing == Standing.ANONYMOUS) != (readerId == 0)) {
            throw new IllegalArgumentException("an anonymous visitor has no account and a signed-in one has one");
        }
    }

    public enum Standing {
        /** Not signed in. */
        ANONYMOUS,
        /** Signed in, but the email is not confirmed yet: the monthly allowance has not started. */
        UNCONFIRMED,
        /** Signed in with a confirmed email. */
        REGISTERED,
        /** Editors and admins read everything. */
        STAFF
    }

    public boolean signedIn() {
        return standing != Standing.ANONYMOUS;
    }

    public boolean staff() {
        return standing == Standing.STAFF;
    }

    /** Subscribers and staff see no ad slots. */
    public boolean adFree() {
        return allAccess || staff();
    }
}
