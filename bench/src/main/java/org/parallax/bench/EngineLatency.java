package org.parallax.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.parallax.search.IndexedArticle;
import org.parallax.search.SearchEngine;
import org.parallax.search.lucene.LuceneSearchEngine;
import org.parallax.search.opensearch.OpenSearchSearchEngine;
import org.parallax.search.opensearch.OpenSearchSettings;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Search latency of the two engines side by side, through the {@link SearchEngine} port: both are
 * filled with the same articles of a synthetic corpus ({@code bench/run.sh corpus}), fed straight
 * to the engine in batches as a reindex would, then asked the same queries in the same order (the
 * mix of {@link SearchLatency}). Prints the fill rate and latency percentiles per engine.
 *
 * <p>Usage: {@code EngineLatency CORPUS.jsonl INDEX_DIR OPENSEARCH_URL [QUERIES.txt [COUNT [FACETS]]]}
 */
public final class EngineLatency {

    private static final int BATCH = 1000;

    private EngineLatency() {
    }

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]);
        Path index = Path.of(args[1]);
        URI opensearch = URI.create(args[2]);
        List<String> queries = Files.readAllLines(Path.of(args.length > 3 ? args[3] : "bench/queries.txt")).stream()
                .filter(q -> !q.isBlank()).toList();
        int count = args.length > 4 ? Integer.parseInt(args[4]) : 5_000;
        int facets = args.length > 5 ? Integer.parseInt(args[5]) : 0;

        try (LuceneSearchEngine lucene = new LuceneSearchEngine(index)) {
            measure("lucene", lucene, corpus, queries, count, facets);
        }
        try (OpenSearchSearchEngine cluster = new OpenSearchSearchEngine(
                new OpenSearchSettings(opensearch, "bench-articles", null, Duration.ofSeconds(60)))) {
            measure("opensearch", cluster, corpus, queries, count, facets);
        }
    }

    private static void measure(String name, SearchEngine engine, Path corpus, List<String> queries, int count, int facets)
            throws IOException {
        long began = System.nanoTime();
        long[] filled = {0};
        engine.rebuild(1, rebuild -> {
            filled[0] = feed(corpus, rebuild);
        });
        double seconds = (System.nanoTime() - began) / 1e9;
        System.out.printf(Locale.ROOT, "%s: %,d articles filled in %.1f s (%,.0f articles/s)%n", name, filled[0], seconds,
                filled[0] / seconds);

        SplittableRandom random = new SplittableRandom(7);
        long hits = 0;
        for (int i = 0; i < count / 4; i++) {
            hits += engine.search(SearchLatency.query(queries, random).withFacets(facets)).total();
        }
        random = new SplittableRandom(11);
        long[] nanos = new long[count];
        for (int i = 0; i < count; i++) {
            var query = SearchLatency.query(queries, random).withFacets(facets);
            long start = System.nanoTime();
            hits += engine.search(query).total();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "%s: %,d queries (%,d matches in all), %d entity counts per kind%n", name, count, hits, facets);
        System.out.printf(Locale.ROOT, "%s: p50 %.2f ms  p90 %.2f ms  p99 %.2f ms  max %.2f ms%n", name,
                SearchLatency.at(nanos, 0.50), SearchLatency.at(nanos, 0.90), SearchLatency.at(nanos, 0.99), nanos[count - 1] / 1e6);
    }

    /** Hands the corpus over in batches; returns how many articles it held. */
    private static long feed(Path corpus, Consumer<Collection<IndexedArticle>> rebuild) {
        JsonMapper json = JsonMapper.builder().build();
        long fed = 0;
        try (BufferedReader lines = Files.newBufferedReader(corpus, StandardCharsets.UTF_8)) {
            List<IndexedArticle> batch = new ArrayList<>(BATCH);
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                batch.add(article(json.readTree(line)));
                if (batch.size() == BATCH) {
                    rebuild.accept(batch);
                    fed += batch.size();
                    batch = new ArrayList<>(BATCH);
                }
            }
            if (!batch.isEmpty()) {
                rebuild.accept(batch);
                fed += batch.size();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return fed;
    }

    /** A corpus line as the index would hold it; the synthetic corpus has no gated text. */
    private static IndexedArticle article(JsonNode line) {
        String outlet = line.path("outlet").asString();
        return new IndexedArticle(line.path("id").asString(), line.path("url").asString(), line.path("title").asString(), null, null,
                outlet.toLowerCase(Locale.ROOT).replace(' ', '-'), outlet, outlet.equals("Parallax"), line.path("kind").asString(),
                "en", Instant.parse(line.path("published").asString()), line.path("text").asString(), "");
    }
}
