package org.parallax.search.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.search.SearchFixtures;
import org.parallax.search.SearchQuery;
import org.parallax.search.SearchUnavailable;

/** A cluster that is down or does not answer in time is SearchUnavailable, quickly, and nothing is marked. */
class SearchUnavailableTest {

    @Test
    void aClusterWhereNothingListensIsUnavailableForEveryCall() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        try (OpenSearchSearchEngine engine = new OpenSearchSearchEngine(OpenSearchSettings.of(URI.create("http://127.0.0.1:" + port),
                "nowhere"))) {
            assertThatThrownBy(() -> engine.search(SearchQuery.of("accord"))).isInstanceOf(SearchUnavailable.class)
                    .hasMessageContaining("cannot be reached");
            assertThatThrownBy(() -> engine.index(List.of(SearchFixtures.wireReport()), 3)).isInstanceOf(SearchUnavailable.class);
            assertThatThrownBy(engine::lastIndexedChange).isInstanceOf(SearchUnavailable.class);
        }
    }

    @Test
    void aClusterThatAcceptsButDoesNotAnswerTimesOut() throws Exception {
        List<Socket> held = new ArrayList<>();
        try (ServerSocket silent = new ServerSocket(0)) {
            Thread.ofVirtual().start(() -> {
                try {
                    while (true) {
                        held.add(silent.accept());
                    }
                } catch (Exception closed) {
                    // the test is over
                }
            });
            OpenSearchSettings settings = new OpenSearchSettings(URI.create("http://127.0.0.1:" + silent.getLocalPort()), "silent",
                    Duration.ofMillis(500), Duration.ofMillis(400));
            try (OpenSearchSearchEngine engine = new OpenSearchSearchEngine(settings)) {
                long began = System.nanoTime();
                assertThatThrownBy(() -> engine.search(SearchQuery.of("accord"))).isInstanceOf(SearchUnavailable.class)
                        .hasMessageContaining("did not answer in time");
                assertThat(Duration.ofNanos(System.nanoTime() - began)).isLessThan(Duration.ofSeconds(3));
            }
        } finally {
            for (Socket socket : held) {
                socket.close();
            }
        }
    }
}
