package org.parallax.ingest.internal.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.parallax.ingest.internal.fetch.LocalSite.respond;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.parallax.ingest.FetchFailed;
import org.parallax.ingest.Fetched;

class RedirectTest {

    private final LocalSite site = new LocalSite();
    private final PoliteFetcher fetcher = new PoliteFetcher(TestFetchers.localSettings());

    @AfterEach
    void stop() {
        fetcher.close();
        site.close();
    }

    @Test
    void aRelativeLocationIsFollowedAndTheFinalUrlReported() {
        site.on("/old/ferries", respond(301, "", "Location", "../2026/ferries-resume"))
                .on("/2026/ferries-resume", respond(200, "Night ferries to resume"));

        Fetched page = fetcher.fetch(site.uri("/old/ferries"), null, null);

        assertThat(page.finalUri()).isEqualTo(site.uri("/2026/ferries-resume"));
        assertThat(page.body()).asString().isEqualTo("Night ferries to resume");
    }

    @Test
    void fiveRedirectsAreFollowed() {
        chain(5);

        assertThat(fetcher.fetch(site.uri("/hop0"), null, null).finalUri()).isEqualTo(site.uri("/hop5"));
    }

    @Test
    void aSixthRedirectFails() {
        chain(6);

        assertThatThrownBy(() -> fetcher.fetch(site.uri("/hop0"), null, null))
                .isInstanceOfSatisfying(FetchFailed.class, failed -> {
                    assertThat(failed).hasMessage("too many redirects: more than 5");
                    assertThat(failed.temporary()).isFalse();
                });
        assertThat(site.visitsTo("/hop6")).isEmpty();
    }

    @Test
    void aRedirectLoopFails() {
        site.on("/a", respond(302, "", "Location", "/b")).on("/b", respond(307, "", "Location", "/a"));

        assertThatThrownBy(() -> fetcher.fetch(site.uri("/a"), null, null))
                .isInstanceOfSatisfying(FetchFailed.class, failed -> {
                    assertThat(failed).hasMessageStartingWith("redirect loop");
                    assertThat(failed.temporary()).isFalse();
                });
    }

    @Test
    void aRedirectToAPrivateAddressIsRefusedBeforeConnecting() {
        // 10.1.2.3 is never contacted: the guard refuses the literal address before any connection.
        site.on("/story", respond(302, "", "Location", "http://10.1.2.3/admin"));

        assertThatThrownBy(() -> fetcher.fetch(site.uri("/story"), null, null))
                .isInstanceOfSatisfying(FetchFailed.class, failed -> {
                    assertThat(failed).hasMessage("refused: 10.1.2.3 is a private address");
                    assertThat(failed.temporary()).isFalse();
                });
    }

    @Test
    void aRedirectToTheCloudMetadataAddressIsRefused() {
        site.on("/story", respond(301, "", "Location", "http://169.254.169.254/latest/meta-data/"));

        assertThatThrownBy(() -> fetcher.fetch(site.uri("/story"), null, null))
                .hasMessage("refused: 169.254.169.254 is a link-local address");
    }

    @Test
    void aRedirectWithoutLocationFails() {
        site.on("/story", respond(302, ""));

        assertThatThrownBy(() -> fetcher.fetch(site.uri("/story"), null, null))
                .hasMessage("HTTP 302 Found without a Location");
    }

    private void chain(int redirects) {
        for (int i = 0; i < redirects; i++) {
            site.on("/hop" + i, respond(302, "", "Location", "/hop" + (i + 1)));
        }
        site.on("/hop" + redirects, respond(200, "arrived"));
    }
}
