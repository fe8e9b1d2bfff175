package org.parallax.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.parallax.ParallaxApplication;
import org.parallax.search.SearchEngine;
import org.parallax.search.SearchQuery;
import org.parallax.search.SearchSort;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Search latency in process, through the {@link SearchEngine} port exactly as the site calls it:
 * a warm-up, then timed queries drawn from a query file, a fifth of them sorted by date and a
 * tenth filtered by kind. Prints percentiles and the heap's peak. With {@code FACETS} above 0 every
 * query also counts that many entities per kind among its best matches, as the search page does.
 *
 * <p>Usage: {@code SearchLatency DATA_DIR QUERIES.txt [COUNT] [FACETS]}
 */
public final class SearchLatency {

    private SearchLatency() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        List<String> queries = Files.readAllLines(Path.of(args[1])).stream().filter(q -> !q.isBlank()).toList();
        int count = args.length > 2 ? Integer.parseInt(args[2]) : 20_000;
        int facets = args.length > 3 ? Integer.parseInt(args[3]) : 0;
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ParallaxApplication.class)
                .web(WebApplicationType.NONE)
                .run("--parallax.data=" + data.toAbsolutePath(), "--logging.level.root=WARN")) {
            SearchEngine engine = context.getBean(SearchEngine.class);
            SplittableRandom random = new SplittableRandom(7);
            long hits = 0;
            for (int i = 0; i < count / 4; i++) {
                hits += engine.search(query(queries, random).withFacets(facets)).total();
            }
            long[] nanos = new long[count];
            for (int i = 0; i < count; i++) {
                SearchQuery query = query(queries, random).withFacets(facets);
                long began = System.nanoTime();
                hits += engine.search(query).total();
                nanos[i] = System.nanoTime() - began;
            }
            Arrays.sort(nanos);
            System.out.printf("in-process search, %,d queries (%,d matches in all), %d entity counts per kind%n", count, hits, facets);
            System.out.printf("p50 %.2f ms  p90 %.2f ms  p99 %.2f ms  max %.2f ms%n",
                    at(nanos, 0.50), at(nanos, 0.90), at(nanos, 0.99), nanos[count - 1] / 1e6);
            System.out.printf("heap peak %,d MiB (max heap %,d MiB)%n", heapPeak() >> 20, Runtime.getRuntime().maxMemory() >> 20);
        }
    }

    static SearchQuery query(List<String> queries, SplittableRandom random) {
        String text = queries.get(random.nextInt(queries.size()));
        SearchSort sort = random.nextInt(5) == 0 ? SearchSort.DATE : SearchSort.RELEVANCE;
        Set<String> kinds = random.nextInt(10) == 0 ? Set.of("news") : Set.of();
        int page = random.nextInt(10) == 0 ? 2 + random.nextInt(4) : 1;
        return new SearchQuery(text, Set.of(), kinds, null, null, null, sort, page, 10, false);
    }

    static double at(long[] sorted, double quantile) {
        return sorted[(int) Math.min(sorted.length - 1, Math.round(quantile * (sorted.length - 1)))] / 1e6;
    }

    static long heapPeak() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .map(MemoryPoolMXBean::getPeakUsage)
                .mapToLong(usage -> usage.getUsed())
                .sum();
    }
}
