package org.parallax.stories.internal.entities;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dateline that opens a wire story and says where it was filed: "NEW YORK, March 3 -",
 * "KOKOMO, Ind., Feb 26 -", "PARIS (AP) —", "VARNHOLM - ". The town is in capitals, or followed
 * by a date; a region or country may qualify it.
 *
 * @param end where the story's own words begin
 */
record Dateline(String town, int townStart, String region, int regionStart, int end) {

    private static final Pattern OPENING = Pattern.compile(
            "^\\s*(\\p{Lu}[\\p{L}.'’ -]{0,30}?)"
                    + "(?:,\\s*(\\p{Lu}[\\p{L}.]*(?:\\s+\\p{Lu}[\\p{L}.]*){0,2}))?"
                    + "(,?\\s*(?i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d{1,2})?"
                    + "\\s*(?:\\([\\p{L} ]{1,20}\\))?\\s*[-–—]+\\s");

    static Optional<Dateline> at(String paragraph) {
        Matcher m = OPENING.matcher(paragraph);
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        String town = m.group(1).strip();
        boolean capitals = town.equals(town.toUpperCase(Locale.ROOT)) && town.chars().filter(Character::isLetter).count() >= 3;
        if (!capitals && m.group(3) == null) {
            return Optional.empty(); // "Prices rose - " is no dateline; "Toronto, March 3 -" is
        }
        return Optional.of(new Dateline(town, m.start(1), m.group(2), m.group(2) == null ? -1 : m.start(2), m.end()));
    }
}
