package org.parallax.bench;

import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.parallax.stories.Entity;
import org.parallax.stories.EntityFinder;
import org.parallax.stories.EntityMention;
import org.parallax.stories.internal.clustering.ArticleSignal;
import org.parallax.stories.internal.clustering.ClusteringSettings;
import org.parallax.stories.internal.clustering.StoryClusterer;
import org.parallax.stories.internal.entities.EntityFinders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Clustering speed with a full library behind it: Reuters-21578 read once (entity finding timed on
 * its own), then repeated with one article every five minutes until PRIOR articles are assigned,
 * then the next MEASURED articles timed.
 *   java ... org.parallax.bench.ClusteringSpeed reuters21578.jsonl [PRIOR] [MEASURED]
 */
public final class ClusteringSpeed {

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]);
        int prior = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int measured = args.length > 2 ? Integer.parseInt(args[2]) : 10_000;
        EntityFinder finder = EntityFinders.rules();
        ObjectMapper json = new ObjectMapper();
        List<String[]> texts = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(corpus)) {
            for (String line; (line = in.readLine()) != null; ) {
                JsonNode a = json.readTree(line);
                texts.add(new String[] {a.path("title").asString(""), a.path("text").asString("")});
            }
        }
        List<Map<Entity, Integer>> entities = new ArrayList<>(texts.size());
        long start = System.nanoTime();
        for (String[] t : texts) {
            Map<Entity, Integer> counts = new HashMap<>();
            for (EntityMention m : finder.mentions(t[0], List.of(t[1].split("\\n\\s+")))) {
                counts.merge(m.entity(), 1, Integer::sum);
            }
            entities.add(counts);
        }
        double entitySeconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("CLUSTERING entity finding: %d articles in %.1f s = %.0f articles/s%n", texts.size(),
                entitySeconds, texts.size() / entitySeconds);

        StoryClusterer clusterer = new StoryClusterer(ClusteringSettings.defaults());
        AtomicLong ids = new AtomicLong();
        Instant first = Instant.parse("2024-01-01T00:00:00Z");
        start = System.nanoTime();
        for (int i = 0; i < prior; i++) {
            clusterer.assign(signal(i, texts, entities, first), ids::incrementAndGet);
        }
        double priorSeconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("CLUSTERING first %d articles assigned in %.1f s = %.0f articles/s%n", prior, priorSeconds,
                prior / priorSeconds);
        long opened = ids.get();
        start = System.nanoTime();
        for (int i = prior; i < prior + measured; i++) {
            clusterer.assign(signal(i, texts, entities, first), ids::incrementAndGet);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("CLUSTERING next %d articles with %d already assigned: %.2f s = %.0f articles/s "
                + "(%d new stories)%n", measured, prior, seconds, measured / seconds, ids.get() - opened);
        double withEntities = seconds + measured * entitySeconds / texts.size();
        System.out.printf("CLUSTERING the same with entity finding: %.0f articles/s%n", measured / withEntities);
        start = System.nanoTime();
        byte[] state = clusterer.state();
        System.out.printf("CLUSTERING state: %,d bytes written in %.0f ms; restored in ", state.length,
                (System.nanoTime() - start) / 1e6);
        start = System.nanoTime();
        StoryClusterer.restore(state, ClusteringSettings.defaults());
        System.out.printf("%.0f ms%n", (System.nanoTime() - start) / 1e6);
    }

    private static ArticleSignal signal(int i, List<String[]> texts, List<Map<Entity, Integer>> entities,
            Instant first) {
        int n = i % texts.size();
        return new ArticleSignal("a" + i, first.plus(Duration.ofMinutes(5L * i)), "en", texts.get(n)[0],
                texts.get(n)[1], entities.get(n));
    }
}
