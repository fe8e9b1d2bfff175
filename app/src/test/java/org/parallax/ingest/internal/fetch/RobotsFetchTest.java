package org.parallax.ingest.internal.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.parallax.ingest.internal.fetch.LocalSite.respond;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.parallax.ingest.FetchFailed;

class RobotsFetchTest {

    private final LocalSite site = new LocalSite();
    private final PoliteFetcher fetcher = new PoliteFetcher(TestFetchers.localSettings());

    @AfterEach
    void stop() {
        fetcher.close();
        site.close();
    }

    @Test
    void aDisallowedPageIsNeverRequestedAndFailsForGood() {
        site.on("/robots.txt", respond(200, "User-agent: *\nDisallow: /*/print$\n", "Content-Type", "text/plain"))
                .on("/2026/ferries/print", respond(200, "printable"));

        assertThatThrownBy(() -> fetcher.fetch(site.uri("/2026/ferries/print"), null, null))
                .isInstanceOfSatisfying(FetchFailed.class, failed -> {
                    assertThat(failed).hasMessage("blocked by robots.txt");
                    assertThat(failed.temporary()).isFalse();
                });
        assertThat(site.visitsTo("/2026/ferries/print")).isEmpty();
    }

    @Test
    void anAllowInsideADisallowedFolderLetsThePageThrough() {
        site.on("/robots.txt", respond(200, "User-agent: *\nDisallow: /world/\nAllow: /world/feed.xml\n"))
                .on("/world/feed.xml", respond(200, "<rss/>"));

        assertThat(fetcher.fetch(site.uri("/world/feed.xml"), null, null).body()).asString().isEqualTo("<rss/>");
        assertThatThrownBy(() -> fetcher.fetch(site.uri("/world/other"), null, null)).hasMessage("blocked by robots.txt");
    }

    @Test
    void aMissingRobotsTxtAllowsEverythingAndIsAskedForOnce() {
        site.on("/a", respond(200, "a")).on("/b", respond(200, "b"));

        fetcher.fetch(site.uri("/a"), null, null);
        fetcher.fetch(site.uri("/b"), null, null);

        assertThat(site.visits()).extracting(visit -> visit.path()).containsExactly("/robots.txt", "/a", "/b");
    }

    @Test
    void aRobotsTxtTheServerCannotServeDisallowsForNow() {
        site.on("/robots.txt", respond(503, "maintenance")).on("/a", respond(200, "a"));

        assertThatThrownBy(() -> fetcher.fetch(site.uri("/a"), null, null))
                .isInstanceOfSatisfying(FetchFailed.class, failed -> {
                    assertThat(failed).hasMessage("robots.txt unavailable: HTTP 503 Service Unavailable");
                    assertThat(failed.temporary()).isTrue();
                });
        assertThat(site.visitsTo("/a")).isEmpty();

        site.on("/robots.txt", respond(404, ""));
        assertThat(fetcher.fetch(site.uri("/a"), null, null).body()).asString().isEqualTo("a");
    }

    @Test
    void aSiteThatCannotBeReachedFailsForNow() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }

        assertThatThrownBy(() -> fetcher.fetch(URI.create("http://127.0.0.1:" + closedPort + "/a"), null, null))
                .isInstanceOfSatisfying(FetchFailed.class, failed -> {
                    assertThat(failed).hasMessage("robots.txt unavailable: could not connect to 127.0.0.1:" + closedPort);
                    assertThat(failed.temporary()).isTrue();
                });
    }

    @Test
    void aCrawlDelaySpacesRequestsFurtherThanOurOwnDelay() {
        site.on("/robots.txt", respond(200, "User-agent: *\nCrawl-delay: 0.6\n"))
                .on("/a", respond(200, "a")).on("/b", respond(200, "b"));

        fetcher.fetch(site.uri("/a"), null, null);
        fetcher.fetch(site.uri("/b"), null, null);

        LocalSite.Visit a = site.visitsTo("/a").getFirst();
        LocalSite.Visit b = site.visitsTo("/b").getFirst();
        assertThat(Duration.ofNanos(b.startedNanos() - a.endedNanos())).isGreaterThanOrEqualTo(Duration.ofMillis(550));
    }
}
