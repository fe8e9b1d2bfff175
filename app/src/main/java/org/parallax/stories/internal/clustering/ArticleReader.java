package org.parallax.stories.internal.clustering;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parallax.stories.Entity;

/**
 * Reads an arriving article into its digest and teaches the document frequencies its terms and
 * entities. Terms weigh 1 + log(count); entities weigh by kind (a person tells one event from
 * another of the same kind best, a country least) times 1 + log(count).
 */
final class ArticleReader {

    private static final String NAME = "\u0001n:";

    private final ClusteringSettings settings;
    private final DocumentFrequencies frequencies;
    private final Terms terms;

    ArticleReader(ClusteringSettings settings, DocumentFrequencies frequencies) {
        this.settings = settings;
        this.frequencies = frequencies;
        this.terms = new Terms(settings.textLimit(), settings.wordPairs());
    }

    ArticleDigest read(String title, String text, Map<Entity, Integer> entities) {
        Terms.Counts counts = terms.count(title, text);
        Map<String, Double> termWeights = new HashMap<>();
        counts.terms().forEach((term, count) -> termWeights.put(term, 1 + Math.log(count)));
        Map<String, Double> nameWeights = new HashMap<>();
        counts.names().forEach((name, count) -> nameWeights.put(NAME + name, 1 + Math.log(count)));
        Map<String, Double> entityWeights = new HashMap<>();
        if (entities != null) {
            entities.forEach((entity, count) -> {
                if (entity != null && count != null && count > 0) {
                    entityWeights.merge(key(entity), kindWeight(entity.kind()) * (1 + Math.log(count)), Math::max);
                }
            });
        }
        List<String> seen = new ArrayList<>(termWeights.size() + entityWeights.size() + nameWeights.size());
        seen.addAll(termWeights.keySet());
        seen.addAll(entityWeights.keySet());
        seen.addAll(nameWeights.keySet());
        if (!seen.isEmpty()) {
            frequencies.add(seen);
        }
        return new ArticleDigest(
                Weights.of(termWeights).top(settings.articleTerms(), frequencies, true),
                Weights.of(entityWeights).top(settings.articleEntities(), frequencies, true),
                Weights.of(nameWeights).top(settings.articleEntities(), frequencies, true));
    }

    /** Entity keys live beside terms in one frequency table; the prefix keeps "Paris" the city apart from "paris". */
    static String key(Entity entity) {
        String name = entity.canonicalName().toLowerCase(Locale.ROOT);
        if (name.length() > 120) {
            name = name.substring(0, 120);
        }
        return switch (entity.kind()) {
            case PERSON -> "\u0001p:" + name;
            case PLACE -> "\u0001l:" + name;
            case ORGANIZATION -> "\u0001o:" + name;
        };
    }

    private static double kindWeight(Entity.Kind kind) {
        return switch (kind) {
            case PERSON -> 2.0;
            case ORGANIZATION -> 1.5;
            case PLACE -> 1.0;
        };
    }
}
