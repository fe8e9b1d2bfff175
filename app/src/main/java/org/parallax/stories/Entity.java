package org.parallax.stories;

import java.util.Objects;

/**
 * A person, place or organization under the one name the library files it under, so that
 * "U.S.", "America" and "American" in three outlets all point at {@code PLACE United States}.
 */
public record Entity(Kind kind, String canonicalName) {

    /** What an entity is; a capital named as a metonym ("Moscow said") is still a place. */
    public enum Kind { PERSON, PLACE, ORGANIZATION }

    public Entity {
        Objects.requireNonNull(kind, "kind");
        if (canonicalName == null || canonicalName.isBlank()) {
            throw new IllegalArgumentException("an entity needs a name");
        }
    }

    public static Entity person(String name) {
        return new Entity(Kind.PERSON, name);
    }

    public static Entity place(String name) {
        return new Entity(Kind.PLACE, name);
    }

    public static Entity organization(String name) {
        return new Entity(Kind.ORGANIZATION, name);
    }
}
