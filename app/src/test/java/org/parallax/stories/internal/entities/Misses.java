package org.parallax.stories.internal.entities;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;

/** The places tags the finder missed most often, with the datelines and titles they came under, to read errors. */
final class Misses {

    private final Map<String, Integer> byPlace = new HashMap<>();
    private final Map<String, Map<String, Integer>> datelines = new HashMap<>();
    private final Map<String, String> sampleTitle = new HashMap<>();

    void note(String place, String dateline, String title) {
        byPlace.merge(place, 1, Integer::sum);
        String where = dateline.replaceAll(",.*", "").strip();
        datelines.computeIfAbsent(place, p -> new HashMap<>()).merge(where, 1, Integer::sum);
        sampleTitle.putIfAbsent(place + "|" + where, title);
    }

    private final Map<String, Integer> extras = new HashMap<>();

    /** An entity found that no tag names: a person or a town Reuters does not tag, or a mistake. */
    void extra(org.parallax.stories.Entity entity, String dateline) {
        extras.merge(entity.kind() + " " + entity.canonicalName(), 1, Integer::sum);
    }

    void printExtras() {
        extras.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(150)
                .forEach(e -> System.out.printf("EXTRA %-40s %5d%n", e.getKey(), e.getValue()));
    }

    void printDatelinesOf(String place) {
        datelines.getOrDefault(place, Map.of()).entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(d -> System.out.printf("DATELINE %s %d%n", d.getKey(), d.getValue()));
    }

    void print() {
        byPlace.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(80)
                .forEach(e -> {
                    System.out.printf("MISS %-20s %5d%n", e.getKey(), e.getValue());
                    datelines.get(e.getKey()).entrySet().stream()
                            .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(8)
                            .forEach(d -> System.out.printf("MISS     %-20s %4d  %s%n", d.getKey(), d.getValue(),
                                    sampleTitle.get(e.getKey() + "|" + d.getKey())));
                });
    }
}
