package org.parallax.stories.internal.clustering;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.parallax.stories.Entity;
import org.parallax.stories.EntityFinder;
import org.parallax.stories.EntityMention;
import org.parallax.stories.internal.entities.EntityFinders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Story clustering measured on ECB+ (982 articles, 86 events in 43 topics of two same-kind events
 * each), scored by B-cubed F1 against the gold events. Every article is dated the same instant, as
 * an import without dates would. The build asserts the whole set in file order and in a seeded
 * shuffle; bench/stories.sh also prints the two halves (odd topics, where the defaults were
 * chosen, and even topics, held out), the mean over ten more shuffles (one order can be lucky) and
 * writes the predictions as JSONL for score_stories.py. Titles and paragraphs are cut as
 * bench/ecbplus_import.py hands them to the library, so this measures what the desk sees.
 */
class EcbPlusStoriesTest {

    private static final Path DATA = Path.of("../../shared/data/stories-dev/ecbplus.jsonl");
    private static final long SEED = 20261125L;

    @Test
    void storiesOnEcbPlusHoldTheirScoreInFileOrderAndShuffled() throws IOException {
        Path data = DATA.toAbsolutePath().normalize();
        // CI has the shared data beside the clone: there the measure must run, never skip.
        if ("true".equals(System.getenv("CI")) && !Files.exists(data)) {
            throw new AssertionError(data + " must be present in CI");
        }
        Assumptions.assumeTrue(Files.exists(data), "no ../shared data here");
        List<Document> documents = read(data);
        ClusteringSettings settings = settings();
        boolean halves = Boolean.getBoolean("stories.halves");
        Path out = System.getProperty("stories.out") == null ? null : Path.of(System.getProperty("stories.out"));
        double worst = 1;
        for (boolean shuffled : new boolean[] {false, true}) {
            String order = shuffled ? "shuffled" : "file-order";
            Map<String, Long> predicted = cluster(documents, t -> true, shuffled, settings);
            Score whole = Score.of(documents, predicted);
            worst = Math.min(worst, whole.f1());
            System.out.printf("STORIES %s whole: %s%n", order, whole);
            if (out != null) {
                writePredictions(out.resolveSibling(out.getFileName() + "." + order + ".jsonl"), predicted);
            }
            if (halves) {
                for (String half : List.of("odd", "even")) {
                    IntPredicate topics = half.equals("odd") ? t -> t % 2 == 1 : t -> t % 2 == 0;
                    Map<String, Long> part = cluster(documents, topics, shuffled, settings);
                    System.out.printf("STORIES %s %s topics: %s%n", order, half, Score.of(documents, part));
                }
            }
        }
        int seeds = Integer.getInteger("stories.seeds", 0);
        for (String half : seeds > 0 ? List.of("whole", "odd", "even") : List.<String>of()) {
            IntPredicate topics = switch (half) {
                case "odd" -> t -> t % 2 == 1;
                case "even" -> t -> t % 2 == 0;
                default -> t -> true;
            };
            double sum = 0, low = 1, high = 0;
            for (int seed = 1; seed <= seeds; seed++) {
                double f1 = Score.of(documents, cluster(documents, topics, seed, settings)).f1();
                sum += f1;
                low = Math.min(low, f1);
                high = Math.max(high, f1);
            }
            System.out.printf("STORIES %d shuffles %s: mean b3_f1=%.3f (%.3f to %.3f)%n", seeds, half, sum / seeds, low,
                    high);
        }
        // The target is 0.92; the defaults reach 0.937 (file order) and 0.935 (shuffled), so this
        // floor guards against losing ground (BENCHMARKS.md, Stories).
        assertThat(worst).isGreaterThanOrEqualTo(0.925);
    }

    /** The defaults, or settings changed by system properties (stories.joinAt=0.25) while choosing them on the odd topics. */
    static ClusteringSettings settings() {
        return with(ClusteringSettings.defaults(), name -> System.getProperty("stories." + name));
    }

    /** A copy of the settings with the values the lookup names (by component name) replaced. */
    static ClusteringSettings with(ClusteringSettings base, java.util.function.Function<String, String> lookup) {
        try {
            java.lang.reflect.RecordComponent[] components = ClusteringSettings.class.getRecordComponents();
            Object[] values = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                values[i] = components[i].getAccessor().invoke(base);
                String given = lookup.apply(components[i].getName());
                if (given != null) {
                    values[i] = switch (values[i]) {
                        case Double d -> Double.parseDouble(given);
                        case Integer n -> Integer.parseInt(given);
                        case Boolean b -> Boolean.parseBoolean(given);
                        default -> java.time.Duration.parse(given);
                    };
                }
            }
            return ClusteringSettings.class.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Long> cluster(List<Document> documents, IntPredicate topics, boolean shuffled,
            ClusteringSettings settings) {
        return cluster(documents, topics, shuffled ? SEED : 0, settings);
    }

    /** Clusters the chosen topics in file order (seed 0) or shuffled with the seed. */
    static Map<String, Long> cluster(List<Document> documents, IntPredicate topics, long seed,
            ClusteringSettings settings) {
        List<Document> chosen = new ArrayList<>(documents.stream().filter(d -> topics.test(d.topic())).toList());
        if (seed != 0) {
            Collections.shuffle(chosen, new Random(seed));
        }
        StoryClusterer clusterer = new StoryClusterer(settings);
        AtomicLong ids = new AtomicLong();
        Instant when = Instant.parse("2026-01-15T12:00:00Z");
        Map<String, Long> predicted = new HashMap<>();
        for (Document d : chosen) {
            ArticleSignal signal = new ArticleSignal(d.id(), when, "en", d.title(), d.body(), d.entities());
            Assignment assignment = clusterer.assign(signal, ids::incrementAndGet);
            predicted.put(d.id(), assignment.storyId());
            for (Moved moved : assignment.moved()) {
                predicted.put(moved.articleId(), moved.toStory());
            }
        }
        return predicted;
    }

    static List<Document> read(Path data) throws IOException {
        EntityFinder finder = EntityFinders.rules();
        ObjectMapper json = new ObjectMapper();
        List<Document> documents = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(data)) {
            for (String line; (line = in.readLine()) != null; ) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = json.readTree(line);
                String text = node.path("text").asString("");
                int cut = text.indexOf('\n');
                // as bench/ecbplus_import.py hands the corpus to the library: the first line is the title
                String title = (cut < 0 ? text : text.substring(0, cut)).strip();
                List<String> paragraphs = cut < 0 ? List.of()
                        : Arrays.stream(text.substring(cut + 1).split("\n")).map(String::strip).filter(p -> !p.isEmpty()).toList();
                if (paragraphs.isEmpty()) {
                    paragraphs = List.of(title);
                }
                String body = String.join("\n\n", paragraphs);
                Map<Entity, Integer> entities = new HashMap<>();
                for (EntityMention mention : finder.mentions(title, paragraphs)) {
                    entities.merge(mention.entity(), 1, Integer::sum);
                }
                documents.add(new Document(node.path("doc_id").asString(), node.path("topic").asInt(),
                        node.path("event_cluster").asString(), title, body, entities));
            }
        }
        return documents;
    }

    private static void writePredictions(Path file, Map<String, Long> predicted) throws IOException {
        ObjectMapper json = new ObjectMapper();
        try (Writer out = Files.newBufferedWriter(file)) {
            for (Map.Entry<String, Long> e : predicted.entrySet()) {
                out.write(json.writeValueAsString(Map.of("id", e.getKey(), "story", String.valueOf(e.getValue()))));
                out.write('\n');
            }
        }
    }

    record Document(String id, int topic, String event, String title, String body, Map<Entity, Integer> entities) {
    }

    /** B-cubed precision, recall and F1 over the documents that were clustered. */
    record Score(int documents, int events, int stories, double precision, double recall) {

        double f1() {
            return 2 * precision * recall / (precision + recall);
        }

        static Score of(List<Document> all, Map<String, Long> predicted) {
            List<Document> scored = all.stream().filter(d -> predicted.containsKey(d.id())).toList();
            Map<String, Integer> eventSizes = new HashMap<>();
            Map<Long, Integer> storySizes = new HashMap<>();
            Map<String, Integer> both = new HashMap<>();
            for (Document d : scored) {
                long story = predicted.get(d.id());
                eventSizes.merge(d.event(), 1, Integer::sum);
                storySizes.merge(story, 1, Integer::sum);
                both.merge(d.event() + "\u0000" + story, 1, Integer::sum);
            }
            double precision = 0, recall = 0;
            for (Document d : scored) {
                long story = predicted.get(d.id());
                double shared = both.get(d.event() + "\u0000" + story);
                precision += shared / storySizes.get(story);
                recall += shared / eventSizes.get(d.event());
            }
            return new Score(scored.size(), eventSizes.size(), storySizes.size(), precision / scored.size(),
                    recall / scored.size());
        }

        @Override
        public String toString() {
            return String.format("docs=%d events=%d stories=%d b3_p=%.3f b3_r=%.3f b3_f1=%.3f", documents, events,
                    stories, precision, recall, f1());
        }
    }
}
