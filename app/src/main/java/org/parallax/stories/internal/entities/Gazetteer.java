package org.parallax.stories.internal.entities;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.parallax.stories.Entity;

/**
 * Known places and organizations by every name they go by: "U.S.", "America" and "American" all
 * lead to the United States; a city is its own place and knows its country.
 */
final class Gazetteer {

    private final Map<String, Entity> byName = new HashMap<>();
    private final Map<String, String> countryOfCity = new HashMap<>();
    private int longest = 1;

    static Gazetteer load() {
        Gazetteer gazetteer = new Gazetteer();
        for (String line : Lexicon.lines("places.txt")) {
            String[] fields = line.split("\\|", -1);
            String country = fields[0].strip();
            Entity place = Entity.place(country);
            gazetteer.add(country, place);
            gazetteer.addAll(fields.length > 1 ? fields[1] : "", place);
            if (fields.length > 2) {
                for (String city : fields[2].split(",")) {
                    if (!city.isBlank()) {
                        gazetteer.add(city.strip(), Entity.place(city.strip()));
                        gazetteer.countryOfCity.put(city.strip(), country);
                    }
                }
            }
        }
        for (String line : Lexicon.lines("organizations.txt")) {
            String[] fields = line.split("\\|", -1);
            Entity organization = Entity.organization(fields[0].strip());
            gazetteer.add(fields[0].strip(), organization);
            gazetteer.addAll(fields.length > 1 ? fields[1] : "", organization);
        }
        return gazetteer;
    }

    private void addAll(String names, Entity entity) {
        for (String name : names.split(",")) {
            if (!name.isBlank()) {
                add(name.strip(), entity);
            }
        }
    }

    private void add(String name, Entity entity) {
        byName.putIfAbsent(NameKey.lookup(name), entity);
        longest = Math.max(longest, name.split("\\s+").length);
    }

    Optional<Entity> find(String name) {
        return Optional.ofNullable(byName.get(NameKey.lookup(name)));
    }

    /** The country a known city lies in, for a place that is a city. */
    Optional<String> countryOf(Entity place) {
        return Optional.ofNullable(countryOfCity.get(place.canonicalName()));
    }

    /** How many words the longest known name has. */
    int longestName() {
        return longest;
    }
}
