package org.parallax.stories.internal.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parallax.stories.Quote;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Precision and recall of the quote finder on the annotated set in test resources (quotes/annotated.jsonl),
 * on its development part, its held-out part and the whole. A found quote counts when its speaker
 * matches (case, punctuation and a leading article ignored) and its words overlap the annotation's.
 */
class QuoteEvaluationTest {

    @Test
    void findsQuotesWithTheirSpeakersAtTheAimedPrecisionAndRecall() throws IOException {
        Map<String, int[]> counts = new HashMap<>(); // split -> found, expected, matched
        QuoteExtractor finder = new QuoteExtractor();
        try (InputStream in = getClass().getResourceAsStream("/quotes/annotated.jsonl")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode article = JsonMapper.builder().build().readTree(line);
                List<String> paragraphs = new ArrayList<>();
                article.get("paragraphs").forEach(p -> paragraphs.add(p.asString()));
                List<Quote> found = finder.quotesIn(paragraphs);
                List<JsonNode> expected = new ArrayList<>();
                article.get("quotes").forEach(expected::add);
                int matched = 0;
                List<Quote> unmatched = new ArrayList<>(found);
                for (JsonNode want : expected) {
                    Quote hit = unmatched.stream().filter(q -> matches(q, want)).findFirst().orElse(null);
                    if (hit != null) {
                        unmatched.remove(hit);
                        matched++;
                    } else {
                        System.out.println("  missed " + article.get("id").asString() + ": " + want);
                    }
                }
                unmatched.forEach(q -> System.out.println("  extra  " + article.get("id").asString() + ": " + q));
                for (String split : List.of(article.get("split").asString(), "all")) {
                    int[] c = counts.computeIfAbsent(split, s -> new int[3]);
                    c[0] += found.size();
                    c[1] += expected.size();
                    c[2] += matched;
                }
            }
        }
        for (String split : List.of("dev", "held-out", "all")) {
            int[] c = counts.get(split);
            System.out.printf(Locale.ROOT, "QUOTES %-8s precision %.3f (%d/%d) recall %.3f (%d/%d)%n", split,
                    (double) c[2] / c[0], c[2], c[0], (double) c[2] / c[1], c[2], c[1]);
        }
        int[] all = counts.get("all");
        assertThat((double) all[2] / all[0]).isGreaterThanOrEqualTo(0.90);
        assertThat((double) all[2] / all[1]).isGreaterThanOrEqualTo(0.80);
    }

    static boolean matches(Quote found, JsonNode want) {
        return speaker(found.speaker()).equals(speaker(want.get("speaker").asString()))
                && overlap(words(found.text()), words(want.get("text").asString())) >= 0.8;
    }

    private static String speaker(String name) {
        return String.join(" ", words(name)).replaceFirst("^(the|a|an) ", "");
    }

    private static List<String> words(String text) {
        String clean = text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}\\s]", " ").strip();
        return clean.isEmpty() ? List.of() : List.of(clean.split("\\s+"));
    }

    private static double overlap(List<String> a, List<String> b) {
        List<String> rest = new ArrayList<>(b);
        int common = 0;
        for (String word : a) {
            if (rest.remove(word)) {
                common++;
            }
        }
        return (double) common / Math.max(1, Math.max(a.size(), b.size()));
    }
}
