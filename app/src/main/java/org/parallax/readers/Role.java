package org.parallax.readers;

/** What an account may do; each role includes the ones before it (an admin is also an editor and a reader). */
public enum Role {
    READER, EDITOR, ADMIN;

    public boolean includes(Role other) {
        return compareTo(other) >= 0;
    }
}
