package org.parallax.stories.internal.entities;

import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.stories.Entity;

/**
 * Towns named with their region or country, which makes them places even when no list knows them:
 * the dateline that opens a story ("KOKOMO, Ind., Feb 26 -", "TAUPO, New Zealand, March 3 -") and a
 * town qualified by a region's abbreviation, as American and Canadian copy writes it ("Irvine,
 * Calif.", "a Kokomo, Ind.-based bank"). The abbreviation must be known and end in a full stop,
 * because "Ind" or "Miss" alone mean other things.
 */
final class TownsInRegions {

    private static final Pattern TOWN_COMMA_REGION = Pattern.compile(
            "(\\p{Lu}[\\p{L}'’-]*\\.?(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,2}),\\s+"
                    + "(\\p{Lu}[\\p{L}]{0,4}(?:\\.\\p{Lu}[\\p{L}]{0,3})*\\.)(?=[\\s,;:)\\-]|$)");

    private final Gazetteer gazetteer;
    private final Set<String> notNames;

    TownsInRegions(Gazetteer gazetteer, Set<String> notNames) {
        this.gazetteer = gazetteer;
        this.notNames = notNames;
    }

    /** Records the towns and regions of one paragraph and marks the characters they take up. */
    void find(int paragraph, String text, List<RuleEntityFinder.Found> found, BitSet claimed) {
        if (paragraph == 1) {
            Dateline.at(text).ifPresent(d -> {
                Optional<Entity> region = Optional.ofNullable(d.region()).flatMap(this::region);
                add(paragraph, d.town(), d.townStart(), region, d.regionStart(), found);
                claimed.set(0, d.end());
            });
        }
        Matcher m = TOWN_COMMA_REGION.matcher(text);
        while (m.find()) {
            Optional<Entity> region = gazetteer.regionAbbreviated(m.group(2));
            if (region.isEmpty() || claimed.get(m.start())) {
                continue;
            }
            String town = m.group(1);
            int townStart = m.start(1);
            String first = town.split("\\s+")[0];
            while (notNames.contains(first) && town.length() > first.length()) {
                town = town.substring(first.length()).stripLeading();
                townStart = m.end(1) - town.length();
                first = town.split("\\s+")[0];
            }
            add(paragraph, town, townStart, region, m.start(2), found);
            claimed.set(townStart, m.end());
        }
    }

    private void add(int paragraph, String town, int townStart, Optional<Entity> region, int regionStart,
            List<RuleEntityFinder.Found> found) {
        found.add(new RuleEntityFinder.Found(town(town, region), town, paragraph, townStart, false));
        region.ifPresent(r -> found.add(new RuleEntityFinder.Found(r, r.canonicalName(), paragraph, regionStart, false)));
    }

    private Optional<Entity> region(String name) {
        return gazetteer.regionAbbreviated(name)
                .or(() -> gazetteer.find(name).filter(gazetteer::isRegionOrCountry));
    }

    /** A known town where the region allows it; otherwise a new place, told apart by its region when needed. */
    private Entity town(String name, Optional<Entity> region) {
        Optional<Entity> known = gazetteer.find(name).filter(e -> e.kind() == Entity.Kind.PLACE);
        if (known.isPresent() && region.map(r -> gazetteer.liesIn(known.get(), r)).orElse(true)) {
            return known.get();
        }
        String written = readable(name);
        return Entity.place(known.isPresent() ? written + ", " + region.orElseThrow().canonicalName() : written);
    }

    /** "ST. LOUIS" as "St. Louis", "WINSTON-SALEM" as "Winston-Salem"; a name in lower and upper case is kept. */
    static String readable(String name) {
        if (!name.equals(name.toUpperCase(Locale.ROOT))) {
            return name;
        }
        StringBuilder s = new StringBuilder(name.length());
        boolean startOfWord = true;
        for (char c : name.toLowerCase(Locale.ROOT).toCharArray()) {
            s.append(startOfWord ? Character.toUpperCase(c) : c);
            startOfWord = !Character.isLetter(c) && c != '\'' && c != '’';
        }
        return s.toString();
    }
}
