package org.parallax.stories.internal.entities;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.parallax.stories.Entity;

/**
 * The share of Reuters' own people and places tags found among an article's entities. Runs on
 * the first 2,000 tagged articles in the build (when ../shared is there), on all with
 * -Dentities.all=true (bench/entities.sh). The dateline ("WASHINGTON, March 2 -") is part of a
 * Reuters story, so it opens the first paragraph.
 */
class ReutersEntityMeasureTest {

    private static final Path CORPUS = Path.of("../../shared/data/corpus/reuters21578.jsonl");
    private static final Map<String, String> PLACE_CODES = Map.of(
            "usa", "United States", "uk", "United Kingdom", "ussr", "Soviet Union", "uae", "United Arab Emirates",
            "yemen-arab-republic", "North Yemen", "yemen-demo-republic", "South Yemen",
            "trinidad-tobago", "Trinidad and Tobago", "us-virgin-islands", "US Virgin Islands");

    // -Dentities.pos=false measures the rules alone, without OpenNLP's part-of-speech tagger
    private final RuleEntityFinder finder = new RuleEntityFinder(Lexicon.load(), Gazetteer.load(),
            Boolean.parseBoolean(System.getProperty("entities.pos", "true")));

    @Test
    void reutersPeopleAndPlacesTagsAreFound() throws java.io.IOException {
        Path corpus = CORPUS.toAbsolutePath().normalize();
        // CI has the shared data beside the clone: there the measure must run, never skip.
        if ("true".equals(System.getenv("CI")) && !Files.exists(corpus)) {
            throw new AssertionError(corpus + " must be present in CI");
        }
        Assumptions.assumeTrue(Files.exists(corpus), "no ../shared corpus here");
        boolean all = Boolean.getBoolean("entities.all");
        int limit = all ? Integer.MAX_VALUE : 2000;
        int people = 0, peopleFound = 0, places = 0, placesFound = 0, placesNamed = 0, articles = 0;
        long nanos = 0;
        int personsFound = 0;
        ObjectMapper json = new ObjectMapper();
        Misses misses = new Misses();
        try (BufferedReader in = Files.newBufferedReader(corpus)) {
            for (String line; (line = in.readLine()) != null && articles < limit; ) {
                JsonNode a = json.readTree(line);
                if (a.path("people").isEmpty() && a.path("places").isEmpty()) {
                    continue;
                }
                articles++;
                List<String> paragraphs = new ArrayList<>();
                String dateline = a.path("dateline").asString("");
                for (String p : a.path("text").asString("").split("\\n\\s+")) {
                    paragraphs.add(p.replace('\n', ' '));
                }
                if (!paragraphs.isEmpty()) {
                    paragraphs.set(0, dateline + " " + paragraphs.getFirst());
                }
                String title = a.path("title").asString("");
                long started = System.nanoTime();
                Set<Entity> found = finder.entities(title, paragraphs);
                nanos += System.nanoTime() - started;
                personsFound += (int) found.stream().filter(e -> e.kind() == Entity.Kind.PERSON).count();
                Set<Entity> named = new HashSet<>();
                finder.mentions(title, paragraphs).forEach(m -> named.add(m.entity()));
                Set<Entity> tagged = new HashSet<>();
                a.path("places").forEach(t -> tagged.add(Entity.place(placeName(t.asString()))));
                found.stream().filter(e -> e.kind() != Entity.Kind.ORGANIZATION && !tagged.contains(e))
                        .forEach(e -> misses.extra(e, dateline));
                for (JsonNode tag : a.path("people")) {
                    people++;
                    if (personFound(tag.asString(), found)) {
                        peopleFound++;
                    } else {
                        misses.note("person " + tag.asString(), dateline, title);
                    }
                }
                for (JsonNode tag : a.path("places")) {
                    places++;
                    Entity place = Entity.place(placeName(tag.asString()));
                    if (found.contains(place)) {
                        placesFound++;
                    } else {
                        misses.note(place.canonicalName(), dateline, title);
                    }
                    if (named.contains(place)) {
                        placesNamed++;
                    }
                }
            }
        }
        if (Boolean.getBoolean("entities.misses")) {
            misses.print();
            misses.printExtras();
        }
        double peopleShare = (double) peopleFound / people;
        double placesShare = (double) placesFound / places;
        double placesNamedShare = (double) placesNamed / places;
        System.out.printf(Locale.ROOT, "ENTITIES articles=%d (%d people found in all) people %d/%d = %.3f; places %d/%d = %.3f (named as the"
                + " country itself %d/%d = %.3f); %.1f us per article%n", articles, personsFound, peopleFound, people, peopleShare,
                placesFound, places, placesShare, placesNamed, places, placesNamedShare, nanos / 1e3 / articles);
        // modest floors under what the first 2,000 articles reach
        assertThat(peopleShare).isGreaterThanOrEqualTo(0.90);
        assertThat(placesShare).isGreaterThanOrEqualTo(0.85);
    }

    private static String placeName(String tag) {
        String known = PLACE_CODES.get(tag);
        if (known != null) {
            return known;
        }
        StringBuilder name = new StringBuilder();
        for (String part : tag.split("-")) {
            if (!name.isEmpty()) {
                name.append(' ');
            }
            name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return name.toString();
    }

    /** "reagan" is found in "Reagan" or "Ronald Reagan"; "james-baker" needs the whole name at the end. */
    private static boolean personFound(String tag, Set<Entity> found) {
        String wanted = tag.replace('-', ' ');
        for (Entity e : found) {
            if (e.kind() != Entity.Kind.PERSON) {
                continue;
            }
            String name = NameKey.lookup(e.canonicalName()).replace('-', ' ');
            if (name.equals(wanted) || name.endsWith(" " + wanted)) {
                return true;
            }
        }
        return false;
    }
}
