package org.parallax;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code parallax feed}: a feed in, JSON out; anything else a message on stderr and exit 2. */
class FeedCommandTest {

    private static final String FEED = """
            <rss version="2.0"><channel><title>Harbour Gazette</title><link>https://harbourgazette.example/</link>
              <item><title>Varnholm Strait &lt;b&gt;closed&lt;/b&gt;</title><link>/strait</link>
                <pubDate>Sat, 14 Mar 2026 07:30:00 GMT</pubDate>
                <author>isolberg@harbourgazette.example (Ingrid Solberg)</author>
                <description>Ferries still run.</description></item>
            </channel></rss>
            """;

    @TempDir
    Path folder;

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    private int feed(String source) {
        return new CommandLine(new ParallaxCommand()).execute("feed", source);
    }

    @Test
    void printsAFeedFileAsJson() throws Exception {
        Path file = Files.writeString(folder.resolve("world.xml"), FEED);

        assertThat(feed(file.toString())).isZero();

        JsonNode json = JsonMapper.builder().build().readTree(console.out());
        assertThat(json.path("title").asString()).isEqualTo("Harbour Gazette");
        assertThat(json.path("format").asString()).isEqualTo("rss-2.0");
        JsonNode item = json.path("items").path(0);
        assertThat(item.path("title").asString()).isEqualTo("Varnholm Strait closed");
        assertThat(item.path("link").asString()).isEqualTo("https://harbourgazette.example/strait");
        assertThat(item.path("id").asString()).isEqualTo("https://harbourgazette.example/strait");
        assertThat(item.path("published").asString()).isEqualTo("2026-03-14T07:30:00Z");
        assertThat(item.path("author").asString()).isEqualTo("Ingrid Solberg");
        assertThat(item.path("summary").asString()).isEqualTo("Ferries still run.");
    }

    @Test
    void fetchesAFeedFromAUrl() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/feed.xml", exchange -> {
            byte[] body = FEED.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/rss+xml; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/feed.xml";

            assertThat(feed(url)).isZero();

            assertThat(console.out()).contains("\"link\" : \"http://127.0.0.1:");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void saysWhatItFoundAndExitsWithTwoForAnHtmlPage() throws Exception {
        Path page = Files.writeString(folder.resolve("error.html"),
                "<!DOCTYPE html><html><head><title>404 Not Found</title></head><body>Gone</body></html>");

        assertThat(feed(page.toString())).isEqualTo(2);

        assertThat(console.out()).isEmpty();
        assertThat(console.err()).contains("not a feed").contains("HTML page").contains("404 Not Found");
    }

    @Test
    void exitsWithTwoForAFileThatIsNotThere() {
        assertThat(feed(folder.resolve("missing.xml").toString())).isEqualTo(2);

        assertThat(console.err()).contains("cannot be read").contains("no such file");
    }
}
