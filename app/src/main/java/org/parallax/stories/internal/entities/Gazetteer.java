package org.parallax.stories.internal.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parallax.stories.Entity;

/**
 * Known places and organizations by every name they go by: "U.S.", "America" and "American" all
 * lead to the United States. Places nest: a town lies in its region or country, a region in its
 * country, so "Houston" also says Texas and the United States.
 */
final class Gazetteer {

    private final Map<String, Entity> byName = new HashMap<>();
    private final Map<String, Entity> regionByAbbreviation = new HashMap<>();
    private final Map<String, String> parentOf = new HashMap<>();
    private final Set<String> regionsAndCountries = new HashSet<>();
    private final Set<String> firstWords = new HashSet<>();
    private int longest = 1;

    static Gazetteer load() {
        Gazetteer gazetteer = new Gazetteer();
        for (String line : Lexicon.lines("places.txt")) {
            String[] fields = line.split("\\|", -1);
            String country = fields[0].strip();
            gazetteer.add(country, Entity.place(country));
            gazetteer.regionsAndCountries.add(country);
            gazetteer.addAll(field(fields, 1), Entity.place(country));
            gazetteer.addTowns(field(fields, 2), country);
        }
        for (String line : Lexicon.lines("regions.txt")) {
            String[] fields = line.split("\\|", -1);
            String region = fields[0].strip();
            gazetteer.add(region, Entity.place(region));
            gazetteer.regionsAndCountries.add(region);
            gazetteer.parentOf.put(region, field(fields, 1).strip());
            for (String abbreviation : field(fields, 2).split(",")) {
                if (!abbreviation.isBlank()) {
                    gazetteer.regionByAbbreviation.put(NameKey.lookup(abbreviation), Entity.place(region));
                }
            }
            gazetteer.addTowns(field(fields, 3), region);
        }
        for (String line : Lexicon.lines("organizations.txt")) {
            String[] fields = line.split("\\|", -1);
            Entity organization = Entity.organization(fields[0].strip());
            gazetteer.add(fields[0].strip(), organization);
            gazetteer.addAll(field(fields, 1), organization);
        }
        return gazetteer;
    }

    private static String field(String[] fields, int i) {
        return fields.length > i ? fields[i] : "";
    }

    private void addTowns(String towns, String within) {
        for (String town : towns.split(",")) {
            if (!town.isBlank()) {
                add(town.strip(), Entity.place(town.strip()));
                parentOf.putIfAbsent(town.strip(), within);
            }
        }
    }

    private void addAll(String names, Entity entity) {
        for (String name : names.split(",")) {
            if (!name.isBlank()) {
                add(name.strip(), entity);
            }
        }
    }

    private void add(String name, Entity entity) {
        String key = NameKey.lookup(name);
        byName.putIfAbsent(key, entity);
        firstWords.add(key.split(" ")[0]);
        longest = Math.max(longest, name.split("\\s+").length);
    }

    Optional<Entity> find(String name) {
        return Optional.ofNullable(byName.get(NameKey.lookup(name)));
    }

    /** Whether some known name opens with this word; most words open none, and need no longer look-up. */
    boolean mayStartName(String word) {
        return firstWords.contains(NameKey.lookup(word));
    }

    /** A region by the short form that follows a town's name: "Calif." in "Irvine, Calif.". */
    Optional<Entity> regionAbbreviated(String abbreviation) {
        return Optional.ofNullable(regionByAbbreviation.get(NameKey.lookup(abbreviation)));
    }

    /** Whether a known place is a region or a country, which a town's name may be qualified by. */
    boolean isRegionOrCountry(Entity place) {
        return place.kind() == Entity.Kind.PLACE && regionsAndCountries.contains(place.canonicalName());
    }

    /** The places a known place lies in, nearest first ("Houston": Texas, United States). */
    List<Entity> enclosing(Entity place) {
        List<Entity> enclosing = new ArrayList<>();
        if (place.kind() != Entity.Kind.PLACE) {
            return enclosing;
        }
        String parent = parentOf.get(place.canonicalName());
        while (parent != null && enclosing.size() < 4) {
            enclosing.add(Entity.place(parent));
            parent = parentOf.get(parent);
        }
        return enclosing;
    }

    /** Whether {@code place} is {@code region} or lies in it. */
    boolean liesIn(Entity place, Entity region) {
        return place.equals(region) || enclosing(place).contains(region);
    }

    /** How many words the longest known name has. */
    int longestName() {
        return longest;
    }
}
