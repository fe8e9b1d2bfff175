package org.parallax.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds a large import file from a real one: each synthetic article takes a real article's
 * title and opening, adds paragraphs from other articles, and gets its own URL, outlet, kind
 * and date, so the index sees realistic vocabulary at any size. Deterministic for a seed.
 *
 * <p>Usage: {@code SyntheticCorpus SOURCE.jsonl COUNT OUT.jsonl}
 */
public final class SyntheticCorpus {

    private static final String[] OUTLETS = {
        "Meridian Wire", "Harbour Gazette", "Northern Ledger", "Atlas Dispatch", "Capital Review",
        "Riverside Chronicle", "Eastern Courier", "Pacific Standard Times", "Continental Observer",
        "Global Affairs Weekly", "The Lantern", "Summit Post", "Delta Herald", "Baltic Bulletin",
        "Sahel Monitor", "Andes Report", "Monsoon Times", "Steppe Tribune", "Parallax"
    };
    private static final String[] KINDS = {"news", "news", "news", "analysis", "in-depth", "opinion"};

    private SyntheticCorpus() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: SyntheticCorpus SOURCE.jsonl COUNT OUT.jsonl");
            System.exit(2);
        }
        JsonMapper json = JsonMapper.builder().build();
        List<JsonNode> sources = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                sources.add(json.readTree(line));
            }
        }
        int count = Integer.parseInt(args[1]);
        SplittableRandom random = new SplittableRandom(20_260_314L);
        Instant start = Instant.parse("2000-01-01T00:00:00Z");
        long span = ChronoUnit.MINUTES.between(start, Instant.parse("2026-11-01T00:00:00Z"));
        long began = System.nanoTime();
        try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.UTF_8)) {
            for (int i = 0; i < count; i++) {
                JsonNode base = sources.get(i % sources.size());
                JsonNode other = sources.get(random.nextInt(sources.size()));
                ObjectNode article = json.createObjectNode();
                String outlet = OUTLETS[random.nextInt(OUTLETS.length)];
                article.put("id", "syn-" + i);
                article.put("url", "https://synthetic.example/" + (i / 1000) + "/" + i);
                article.put("outlet", outlet);
                String title = base.path("title").asString("Untitled");
                article.put("title", i < sources.size() ? title : title + " (" + (i / sources.size()) + ")");
                article.put("published", start.plus(random.nextLong(span), ChronoUnit.MINUTES).toString());
                article.put("kind", KINDS[random.nextInt(KINDS.length)]);
                if (outlet.equals("Parallax")) {
                    article.put("access", random.nextInt(4) == 0 ? "free" : "subscribers");
                }
                article.put("text", base.path("text").asString("") + "\n\n" + firstParagraph(other.path("text").asString("")));
                out.write(json.writeValueAsString(article));
                out.write('\n');
                if ((i + 1) % 100_000 == 0) {
                    System.err.printf("%,d articles written (%.0f s)%n", i + 1, (System.nanoTime() - began) / 1e9);
                }
            }
        }
        System.err.printf("Wrote %,d articles to %s%n", count, args[2]);
    }

    private static String firstParagraph(String text) {
        int end = text.indexOf("\n    ");
        return end > 0 ? text.substring(0, end) : text;
    }
}
