package org.parallax.ingest.internal.follow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.ingest.FeedStatus;
import org.parallax.ingest.Feeds;
import org.parallax.library.ArticleFilter;
import org.parallax.library.Library;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every kind of broken source ends as a failure on its own feed's record, with a clear reason,
 * while the good feed beside them is read in full: the poller never stalls or gives up.
 */
@SpringBootTest
class BadSourcesTest {

    @TempDir
    static Path data;

    static OutletSite site;

    @Autowired
    Feeds feeds;
    @Autowired
    FeedPoller poller;
    @Autowired
    Library library;

    @BeforeAll
    static void startTheOutlets() throws IOException {
        site = new OutletSite();
        String good = OutletPages.rss("Meridian Wire", site.url("/"),
                OutletPages.rssItem("Envoys agree to resume Varnholm night ferries", site.url("/good/ferries"),
                        "Fri, 13 Mar 2026 17:40:00 GMT", "Night crossings resume in April."),
                OutletPages.rssItem("Nested page", site.url("/good/nested"), "Fri, 13 Mar 2026 18:00:00 GMT",
                        "A page of nested boxes, read from the feed instead."),
                OutletPages.rssItem("Odd charset", site.url("/good/charset"), "Fri, 13 Mar 2026 18:10:00 GMT",
                        "A page in an encoding nobody knows."));
        site.serve("/good/rss.xml", "application/rss+xml", good)
                .serve("/good/ferries", "text/html", OutletPages.page("Envoys agree to resume Varnholm night ferries",
                        "Ilse Marchetti", "2026-03-13T17:40:00Z", OutletPages.FERRY_STORY))
                .serve("/good/nested", "text/html", "<html><body>" + "<div>".repeat(200_000) + "deep" + "</div>".repeat(200_000) + "</body></html>")
                .serve("/good/charset", "text/html; charset=x-unheard-of-9", OutletPages.page("Odd charset", "Staff",
                        "2026-03-13T18:10:00Z", OutletPages.FERRY_STORY.replace("Envoys", "Delegates")))
                .serveBytes("/bomb.xml", "application/rss+xml", gzipBomb(), "Content-Encoding", "gzip")
                .redirect("/loop-a.xml", "/loop-b.xml")
                .redirect("/loop-b.xml", "/loop-a.xml")
                .trickle("/slow.xml")
                .serve("/error-page.xml", "text/html", "<!DOCTYPE html><html><head><title>Oops</title></head><body>Down</body></html>")
                .fail("/missing.xml", 404)
                .fail("/broken.xml", 500);
    }

    @AfterAll
    static void stopTheOutlets() {
        site.close();
    }

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("parallax.data", () -> data.toString());
        registry.add("parallax.fetch.allowed-hosts", () -> "127.0.0.1");
        registry.add("parallax.fetch.host-delay", () -> "0s");
        registry.add("parallax.fetch.read-timeout", () -> "2s");
        registry.add("parallax.fetch.max-body-size", () -> "2MB");
        registry.add("parallax.feeds.workers", () -> "8");
    }

    @Test
    void eachBrokenSourceIsReportedOnItsFeedAndTheGoodFeedIsReadInFull() {
        FeedStatus good = follow("Meridian Wire", "/good/rss.xml");
        Map<String, FeedStatus> bad = Map.of(
                "too large", follow("Bomb Times", "/bomb.xml"),
                "redirect loop", follow("Loop Post", "/loop-a.xml"),
                "timed out", follow("Slow Herald", "/slow.xml"),
                "HTML", follow("Error Page Daily", "/error-page.xml"),
                "404", follow("Missing Monitor", "/missing.xml"),
                "500", follow("Broken Bulletin", "/broken.xml"));
        long began = System.nanoTime();

        poller.pollDueFeeds();

        assertThat(Duration.ofNanos(System.nanoTime() - began)).isLessThan(Duration.ofSeconds(30));
        bad.forEach((reason, feed) -> assertThat(feeds.feed(feed.id()).orElseThrow()).satisfies(status -> {
            assertThat(status.failing()).as(feed.url()).isTrue();
            assertThat(status.lastError()).as(feed.url()).containsIgnoringCase(reason);
        }));
        FeedStatus goodNow = feeds.feed(good.id()).orElseThrow();
        assertThat(goodNow.failing()).isFalse();
        assertThat(goodNow.itemsSeen()).isEqualTo(3);
        assertThat(library.articles(ArticleFilter.latest(10).fromOutlet("meridian-wire")))
                .extracting(article -> article.title())
                .containsExactlyInAnyOrder("Envoys agree to resume Varnholm night ferries", "Nested page", "Odd charset");
    }

    private FeedStatus follow(String outlet, String path) {
        return feeds.follow(outlet, site.url(path), Duration.ofMinutes(30));
    }

    /** A few kilobytes that inflate to 50 MB of zeros. */
    private static byte[] gzipBomb() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 50; i++) {
                gzip.write(zeros);
            }
        }
        return bytes.toByteArray();
    }
}
