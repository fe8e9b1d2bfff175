package org.parallax.search;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * People, places and organizations by the canonical names the stories module files them under:
 * those an indexed article names, or those a search requires (every one of them, any case).
 */
public record EntityNames(Set<String> people, Set<String> places, Set<String> organizations) {

    public static final EntityNames NONE = new EntityNames(Set.of(), Set.of(), Set.of());

    public EntityNames {
        people = cleaned(people);
        places = cleaned(places);
        organizations = cleaned(organizations);
    }

    public boolean isEmpty() {
        return people.isEmpty() && places.isEmpty() && organizations.isEmpty();
    }

    /** Blank names are dropped and the rest trimmed; the order given is kept, for pages that echo it. */
    private static Set<String> cleaned(Collection<String> names) {
        if (names == null) {
            return Set.of();
        }
        Set<String> kept = new LinkedHashSet<>();
        for (String name : names) {
            if (name != null && !name.isBlank()) {
                kept.add(name.strip());
            }
        }
        return Collections.unmodifiableSet(kept);
    }
}
