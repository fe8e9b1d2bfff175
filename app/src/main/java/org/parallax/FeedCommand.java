package org.parallax;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.parallax.ingest.FeedItem;
import org.parallax.ingest.FeedParsers;
import org.parallax.ingest.NotAFeed;
import org.parallax.ingest.ParsedFeed;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Reads one feed and prints what Parallax makes of it; needs neither the database nor Spring. */
@Command(name = "feed", mixinStandardHelpOptions = true,
        description = "Parse an RSS, Atom or JSON feed from a file or URL and print it as JSON.")
class FeedCommand implements Callable<Integer> {

    /** The same cap the parser applies; reading stops here rather than filling memory. */
    private static final int MAX_BYTES = 16 * 1024 * 1024;
    private static final int NOT_A_FEED = 2;

    @Parameters(paramLabel = "FILE_OR_URL", description = "A feed file, or an http(s) URL to fetch it from.")
    String source;

    private record Read(byte[] bytes, URI location, String contentType) {
    }

    @Override
    public Integer call() {
        try {
            Read read = source.matches("(?i)https?://.*") ? fetch(URI.create(source)) : file(Path.of(source));
            ParsedFeed feed = FeedParsers.lenient().parse(read.bytes(), read.location(), read.contentType());
            JsonMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
            System.out.println(mapper.writeValueAsString(json(feed)));
            return 0;
        } catch (NotAFeed notAFeed) {
            System.err.println(source + ": not a feed: " + notAFeed.getMessage());
            return NOT_A_FEED;
        } catch (IOException | IllegalArgumentException unreadable) {
            System.err.println(source + ": cannot be read: " + describe(unreadable));
            return NOT_A_FEED;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            System.err.println(source + ": interrupted while fetching");
            return NOT_A_FEED;
        }
    }

    private static Read file(Path path) throws IOException {
        if (Files.size(path) > MAX_BYTES) {
            throw new IOException("it is larger than " + MAX_BYTES / (1024 * 1024) + " MB");
        }
        return new Read(Files.readAllBytes(path), path.toAbsolutePath().toUri(), null);
    }

    /** A plain fetch for trying a feed out; the poller has its own polite, guarded fetcher. */
    private static Read fetch(URI uri) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("User-Agent", "Parallax feed reader (command line)")
                .header("Accept", "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, */*;q=0.5")
                .build();
        HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
            if (response.statusCode() >= 400) {
                throw new IOException("the server answered HTTP " + response.statusCode());
            }
            byte[] bytes = body.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new IOException("the response is larger than " + MAX_BYTES / (1024 * 1024) + " MB");
            }
            return new Read(bytes, response.uri(), response.headers().firstValue("Content-Type").orElse(null));
        }
    }

    private static String describe(Exception problem) {
        if (problem instanceof NoSuchFileException missing) {
            return "no such file: " + missing.getFile();
        }
        return problem.getMessage() != null ? problem.getMessage() : problem.getClass().getSimpleName();
    }

    private static Map<String, Object> json(ParsedFeed feed) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("title", feed.title());
        json.put("link", feed.link());
        json.put("format", feed.format());
        List<Map<String, Object>> items = feed.items().stream().map(FeedCommand::json).toList();
        json.put("items", items);
        return json;
    }

    private static Map<String, Object> json(FeedItem item) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("title", item.title());
        json.put("link", item.link());
        json.put("id", item.id());
        json.put("published", item.published() == null ? null : item.published().toString());
        json.put("author", item.author());
        json.put("summary", item.summary());
        return json;
    }
}
