package org.parallax.search;

import java.util.List;

/**
 * The entities most named among a search's best matches, per kind, most named first: what a
 * page offers as filters to narrow the search. Counted only from text any visitor may read.
 */
public record EntityFacets(List<Count> people, List<Count> places, List<Count> organizations) {

    public static final EntityFacets NONE = new EntityFacets(List.of(), List.of(), List.of());

    public EntityFacets {
        people = List.copyOf(people);
        places = List.copyOf(places);
        organizations = List.copyOf(organizations);
    }

    public boolean isEmpty() {
        return people.isEmpty() && places.isEmpty() && organizations.isEmpty();
    }

    /** A canonical name and how many of the counted matches name it. */
    public record Count(String name, int articles) {
    }
}
