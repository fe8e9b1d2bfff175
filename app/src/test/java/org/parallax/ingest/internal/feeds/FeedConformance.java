package org.parallax.ingest.internal.feeds;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.parallax.ingest.FeedItem;
import org.parallax.ingest.FeedParser;
import org.parallax.ingest.NotAFeed;
import org.parallax.ingest.ParsedFeed;
import tools.jackson.databind.json.JsonMapper;

/**
 * Measures the parser against the gofeed test inputs: each input beside its expected parse
 * ({@code X.xml} and {@code X.json} in atom/ and rss/; {@code X.json} and {@code X_expected.json}
 * in json/). An input matches when its item count and every compared field match: per item the
 * title (the expected one rendered from HTML to plain text once, as Parallax's titles are plain
 * text; whitespace collapsed), the link (exact), the published instant (when the
 * expectation has one) and the author's name; with no items, the feed's title and link. Inputs that
 * must be refused (json/invalid/, and the universal/ inputs that are no feed) match when the parser
 * throws NotAFeed; the universal/ inputs have no expected parse, so they match on the format found.
 * Run as a program, it prints the table: {@code FeedConformance [folder]}.
 */
final class FeedConformance {

    /** What gofeed's format detection should find for each universal/ input, read off the inputs themselves. */
    private static final Map<String, String> UNIVERSAL = Map.ofEntries(
            Map.entry("atom03_feed.xml", "atom"), Map.entry("atom10_feed.xml", "atom"),
            Map.entry("rdf_feed.xml", "rss"), Map.entry("rss_feed.xml", "rss"), Map.entry("rss_feed_bom.xml", "rss"),
            Map.entry("rss_feed_leading_spaces.xml", "rss"), Map.entry("json10_feed.json", "json"),
            Map.entry("json11_feed.json", "json"), Map.entry("sample.json", "json"),
            Map.entry("empty_feed.xml", "refused"), Map.entry("invalid.json", "refused"),
            Map.entry("unknown_feed.xml", "refused"));

    record Outcome(String folder, String input, String mismatch) {

        boolean matches() {
            return mismatch == null;
        }
    }

    private final FeedParser parser = new LenientFeedParser();
    private final JsonMapper mapper = JsonMapper.builder().build();

    /** The folder beside the project ({@code ../shared/...}), or beside any folder above it (for worktrees). */
    static Path locate() {
        Path projectRoot = Path.of("").toAbsolutePath();
        if (!Files.exists(projectRoot.resolve("mvnw")) && projectRoot.getParent() != null) {
            projectRoot = projectRoot.getParent();
        }
        for (Path dir = projectRoot.getParent(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/data/feeds-dev/parser");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    List<Outcome> measure(Path root) {
        List<Outcome> outcomes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String folder = root.relativize(file).getName(0).toString();
                String name = file.getFileName().toString();
                String folderPath = root.relativize(file.getParent()).toString();
                if (folder.equals("universal")) {
                    outcomes.add(new Outcome(folder, name, detect(file, UNIVERSAL.get(name))));
                } else if (folderPath.endsWith("invalid")) {
                    outcomes.add(new Outcome(folder, name, detect(file, "refused")));
                } else if (name.endsWith(".xml") && Files.exists(sibling(file, ".json"))) {
                    outcomes.add(new Outcome(folder, name, compare(file, sibling(file, ".json"))));
                } else if (name.endsWith(".json") && !name.endsWith("_expected.json") && Files.exists(sibling(file, "_expected.json"))) {
                    outcomes.add(new Outcome(folder, name, compare(file, sibling(file, "_expected.json"))));
                }
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        return outcomes;
    }

    private static Path sibling(Path file, String suffix) {
        String name = file.getFileName().toString();
        return file.resolveSibling(name.substring(0, name.lastIndexOf('.')) + suffix);
    }

    private String detect(Path input, String expected) {
        String found;
        try {
            found = parser.parse(Files.readAllBytes(input), null, null).format().replaceAll("-.*", "");
        } catch (NotAFeed refused) {
            found = "refused";
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        return found.equals(expected) ? null : "expected " + expected + ", found " + found;
    }

    private String compare(Path input, Path expectedFile) {
        ParsedFeed feed;
        ExpectedParse expected;
        try {
            expected = ExpectedParse.of(mapper.readTree(Files.readString(expectedFile)));
            feed = parser.parse(Files.readAllBytes(input), null, null);
        } catch (NotAFeed refused) {
            return "refused: " + refused.getMessage();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        if (expected.items().isEmpty()) {
            return firstDifference(field("feed title", plain(expected.title()), spaced(feed.title())),
                    field("feed link", trimmed(expected.link()), trimmed(feed.link())),
                    feed.items().isEmpty() ? null : "items: expected none, found " + feed.items().size());
        }
        if (expected.items().size() != feed.items().size()) {
            return "items: expected " + expected.items().size() + ", found " + feed.items().size();
        }
        for (int i = 0; i < feed.items().size(); i++) {
            ExpectedParse.Item want = expected.items().get(i);
            FeedItem got = feed.items().get(i);
            String difference = firstDifference(
                    field("item " + i + " title", plain(want.title()), spaced(got.title())),
                    field("item " + i + " link", trimmed(want.link()), trimmed(got.link())),
                    want.published() == null ? null : field("item " + i + " published", want.published(), got.published()),
                    field("item " + i + " author", plain(want.author()), spaced(got.author())));
            if (difference != null) {
                return difference;
            }
        }
        return null;
    }

    private static String field(String name, Object expected, Object found) {
        return Objects.equals(expected, found) ? null : name + ": expected [" + expected + "], found [" + found + "]";
    }

    private static String firstDifference(String... differences) {
        return Stream.of(differences).filter(Objects::nonNull).findFirst().orElse(null);
    }

    /** Titles compared as a reader sees them: markup and entities rendered, whitespace collapsed. */
    private static String plain(String text) {
        if (text == null) {
            return null;
        }
        // gofeed's text is decoded already: an ampersand that starts no complete reference stays text
        String escaped = text.replaceAll("&(?!(#\\d+|#[xX][0-9a-fA-F]+|[A-Za-z]\\w*);)", "&amp;");
        String rendered = Jsoup.parseBodyFragment(escaped).text().replaceAll("[\\s\\u00A0]+", " ").strip();
        return rendered.isEmpty() ? null : rendered;
    }

    /** Parallax's titles and bylines are plain text already: only whitespace is evened out. */
    private static String spaced(String text) {
        String even = text == null ? "" : text.replaceAll("[\\s\\u00A0]+", " ").strip();
        return even.isEmpty() ? null : even;
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    static String table(List<Outcome> outcomes) {
        Map<String, int[]> perFolder = new TreeMap<>();
        for (Outcome outcome : outcomes) {
            int[] counts = perFolder.computeIfAbsent(outcome.folder(), folder -> new int[2]);
            counts[0]++;
            counts[1] += outcome.matches() ? 1 : 0;
        }
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT, "%-10s %7s %8s %7s%n", "folder", "inputs", "matching", "share"));
        int inputs = 0;
        int matching = 0;
        for (Map.Entry<String, int[]> row : perFolder.entrySet()) {
            table.append(row(row.getKey(), row.getValue()[0], row.getValue()[1]));
            inputs += row.getValue()[0];
            matching += row.getValue()[1];
        }
        return table.append(row("overall", inputs, matching)).toString();
    }

    private static String row(String name, int inputs, int matching) {
        return String.format(Locale.ROOT, "%-10s %7d %8d %6.1f%%%n", name, inputs, matching, 100.0 * matching / inputs);
    }

    static double share(List<Outcome> outcomes) {
        return outcomes.stream().filter(Outcome::matches).count() / (double) outcomes.size();
    }

    public static void main(String[] args) {
        Path root = args.length > 0 ? Path.of(args[0]) : locate();
        List<Outcome> outcomes = new FeedConformance().measure(root);
        outcomes.stream().filter(o -> !o.matches()).forEach(o -> System.out.println(o.folder() + "/" + o.input() + ": " + o.mismatch()));
        System.out.print(table(outcomes));
    }
}
