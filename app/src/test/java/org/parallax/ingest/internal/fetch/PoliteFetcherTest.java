package org.parallax.ingest.internal.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.parallax.ingest.internal.fetch.LocalSite.respond;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.parallax.ingest.FetchFailed;
import org.parallax.ingest.Fetched;
import org.springframework.util.unit.DataSize;

class PoliteFetcherTest {

    private static final String STORY = "<h1>Night ferries to resume in Varnholm</h1><p>Harbour officials said on Friday...</p>";

    private final LocalSite site = new LocalSite();
    private final PoliteFetcher fetcher = new PoliteFetcher(TestFetchers.localSettings());

    @AfterEach
    void stop() {
        fetcher.close();
        site.close();
    }

    @Test
    void aPageComesBackWithItsBodyTypeAndValidators() {
        site.on("/ferries", respond(200, STORY, "Content-Type", "text/html; charset=utf-8",
                "ETag", "\"v1\"", "Last-Modified", "Fri, 06 Mar 2026 08:00:00 GMT"));

        Fetched page = fetcher.fetch(site.uri("/ferries"), null, null);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.finalUri()).isEqualTo(site.uri("/ferries"));
        assertThat(new String(page.body(), StandardCharsets.UTF_8)).isEqualTo(STORY);
        assertThat(page.contentType()).isEqualTo("text/html; charset=utf-8");
        assertThat(page.etag()).isEqualTo("\"v1\"");
        assertThat(page.lastModified()).isEqualTo("Fri, 06 Mar 2026 08:00:00 GMT");
        assertThat(page.notModified()).isFalse();
    }

    @Test
    void everyRequestNamesParallaxAndItsContactPageAndAsksForGzip() {
        site.on("/ferries", respond(200, STORY));

        fetcher.fetch(site.uri("/ferries"), null, null);

        assertThat(site.visits()).extracting(visit -> visit.path()).containsExactly("/robots.txt", "/ferries");
        assertThat(site.visits()).allSatisfy(visit -> {
            assertThat(visit.headers().getFirst("User-Agent")).isEqualTo("Parallax/0.1 (+https://parallax.example/bot)");
            assertThat(visit.headers().getFirst("Accept-Encoding")).isEqualTo("gzip");
        });
    }

    @Test
    void anUnchangedPageAnswersAConditionalRequestWithNotModified() {
        site.on("/ferries", exchange -> {
            boolean same = "\"v1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))
                    && "Fri, 06 Mar 2026 08:00:00 GMT".equals(exchange.getRequestHeaders().getFirst("If-Modified-Since"));
            respond(same ? 304 : 200, STORY, "ETag", "\"v1\"").handle(exchange);
        });

        Fetched page = fetcher.fetch(site.uri("/ferries"), "\"v1\"", "Fri, 06 Mar 2026 08:00:00 GMT");

        assertThat(page.notModified()).isTrue();
        assertThat(page.status()).isEqualTo(304);
        assertThat(page.body()).isEmpty();
        assertThat(page.etag()).isEqualTo("\"v1\"");
        assertThat(page.lastModified()).isEqualTo("Fri, 06 Mar 2026 08:00:00 GMT");
    }

    @Test
    void aMissingPageFailsForGood() {
        assertThatThrownBy(() -> fetcher.fetch(site.uri("/withdrawn-story"), null, null))
                .isInstanceOfSatisfying(FetchFailed.class, failed -> {
                    assertThat(failed).hasMessage("HTTP 404 Not Found");
                    assertThat(failed.temporary()).isFalse();
                });
    }

    @Test
    void aServerErrorAndTooManyRequestsAreWorthRetrying() {
        site.on("/broken", respond(500, "oops")).on("/busy", respond(429, "slow down"));

        assertThatThrownBy(() -> fetcher.fetch(site.uri("/broken"), null, null))
                .isInstanceOfSatisfying(FetchFailed.class, failed -> {
                    assertThat(failed).hasMessage("HTTP 500 Internal Server Error");
                    assertThat(failed.temporary()).isTrue();
                });
        assertThatThrownBy(() -> fetcher.fetch(site.uri("/busy"), null, null))
                .isInstanceOfSatisfying(FetchFailed.class, failed -> assertThat(failed.temporary()).isTrue());
    }

    @Test
    void aGzipBodyIsDecoded() throws IOException {
        site.on("/ferries", respond(200, gzip(STORY.getBytes(StandardCharsets.UTF_8)), "Content-Encoding", "gzip"));

        Fetched page = fetcher.fetch(site.uri("/ferries"), null, null);

        assertThat(new String(page.body(), StandardCharsets.UTF_8)).isEqualTo(STORY);
    }

    @Test
    void aDeflateBodyIsDecoded() throws IOException {
        ByteArrayOutputStream zlib = new ByteArrayOutputStream();
        try (OutputStream out = new DeflaterOutputStream(zlib)) {
            out.write(STORY.getBytes(StandardCharsets.UTF_8));
        }
        site.on("/ferries", respond(200, zlib.toByteArray(), "Content-Encoding", "deflate"));

        Fetched page = fetcher.fetch(site.uri("/ferries"), null, null);

        assertThat(new String(page.body(), StandardCharsets.UTF_8)).isEqualTo(STORY);
    }

    @Test
    void aGzipBombIsCutOffAtTheSizeLimitOnceDecoded() throws IOException {
        byte[] bomb = gzip(new byte[20 * 1024 * 1024]); // 20 MB of zeros in some 20 KB
        assertThat(bomb.length).isLessThan(100_000);
        site.on("/bomb", respond(200, bomb, "Content-Encoding", "gzip"));

        assertThatThrownBy(() -> fetcher.fetch(site.uri("/bomb"), null, null))
                .isInstanceOfSatisfying(FetchFailed.class, failed -> {
                    assertThat(failed).hasMessage("too large: over 1 MB");
                    assertThat(failed.temporary()).isFalse();
                });
    }

    @Test
    void aHugePlainBodyIsCutOffAtTheSizeLimit() {
        site.on("/archive", respond(200, new byte[3 * 1024 * 1024]));

        assertThatThrownBy(() -> fetcher.fetch(site.uri("/archive"), null, null))
                .isInstanceOfSatisfying(FetchFailed.class, failed -> {
                    assertThat(failed).hasMessage("too large: over 1 MB");
                    assertThat(failed.temporary()).isFalse();
                });
    }

    @Test
    void aServerTricklingAByteASecondIsCutOffByTheWholeResponseDeadline() {
        site.on("/slow", exchange -> {
            exchange.sendResponseHeaders(200, 100);
            OutputStream body = exchange.getResponseBody();
            try {
                for (int i = 0; i < 100; i++) {
                    body.write('x');
                    body.flush();
                    Thread.sleep(1000);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        try (PoliteFetcher impatient = new PoliteFetcher(
                TestFetchers.settings(Duration.ofMillis(10), Duration.ofSeconds(2), DataSize.ofMegabytes(1)))) {
            long started = System.nanoTime();

            assertThatThrownBy(() -> impatient.fetch(site.uri("/slow"), null, null))
                    .isInstanceOfSatisfying(FetchFailed.class, failed -> {
                        assertThat(failed).hasMessage("timed out after 2 s");
                        assertThat(failed.temporary()).isTrue();
                    });
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        }
    }

    private static byte[] gzip(byte[] content) throws IOException {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(compressed)) {
            out.write(content);
        }
        return compressed.toByteArray();
    }
}
