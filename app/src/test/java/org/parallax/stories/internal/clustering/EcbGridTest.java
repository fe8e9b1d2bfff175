package org.parallax.stories.internal.clustering;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Temporary grid over settings (not for commit): -Dgrid="keptMembers=0,24;regroupAt=0.2,0.25" -Dgrid.half=odd */
class EcbGridTest {

    @Test
    void grid() throws Exception {
        String spec = System.getProperty("grid");
        Assumptions.assumeTrue(spec != null);
        Path data = Path.of("../../shared/data/stories-dev/ecbplus.jsonl").toAbsolutePath().normalize();
        Assumptions.assumeTrue(Files.exists(data));
        List<EcbPlusStoriesTest.Document> documents = EcbPlusStoriesTest.read(data);
        List<Map<String, String>> combos = new ArrayList<>();
        combos.add(new HashMap<>());
        for (String part : spec.split(";")) {
            String[] kv = part.split("=");
            List<Map<String, String>> next = new ArrayList<>();
            for (Map<String, String> c : combos) {
                for (String v : kv[1].split(",")) {
                    Map<String, String> m = new HashMap<>(c);
                    m.put(kv[0], v);
                    next.add(m);
                }
            }
            combos = next;
        }
        String half = System.getProperty("grid.half", "odd");
        java.util.function.IntPredicate topics = switch (half) {
            case "odd" -> t -> t % 2 == 1;
            case "even" -> t -> t % 2 == 0;
            default -> t -> true;
        };
        for (Map<String, String> c : combos) {
            ClusteringSettings settings = EcbPlusStoriesTest.with(EcbPlusStoriesTest.settings(), c::get);
            long t0 = System.nanoTime();
            double f = EcbPlusStoriesTest.Score.of(documents, EcbPlusStoriesTest.cluster(documents, topics, false, settings)).f1();
            double s = EcbPlusStoriesTest.Score.of(documents, EcbPlusStoriesTest.cluster(documents, topics, true, settings)).f1();
            System.out.printf("GRID %s %s file=%.3f shuffled=%.3f mean=%.3f (%d ms)%n", half, new java.util.TreeMap<>(c),
                    f, s, (f + s) / 2, (System.nanoTime() - t0) / 1_000_000);
        }
    }
}
