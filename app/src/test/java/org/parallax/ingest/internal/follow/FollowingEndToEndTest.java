package org.parallax.ingest.internal.follow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.ingest.FeedStatus;
import org.parallax.ingest.Feeds;
import org.parallax.library.Article;
import org.parallax.library.ArticleFilter;
import org.parallax.library.Library;
import org.parallax.library.TextOrigin;
import org.parallax.search.SearchEngine;
import org.parallax.search.SearchHit;
import org.parallax.search.SearchIndexing;
import org.parallax.search.SearchQuery;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A handful of outlets on a local server, followed end to end: feeds polled, pages fetched and
 * extracted, a page that fails falling back to the feed, a syndicated copy linked, a broken feed
 * reported, and everything found by search.
 */
@SpringBootTest
// Closes the application before JUnit deletes the static @TempDir: a cached context kept indexing
// into it, and the deletion failed now and then ("Failed to delete temp directory ... index").
@DirtiesContext
class FollowingEndToEndTest {

    @TempDir
    static Path data;

    static OutletSite site;

    @Autowired
    Feeds feeds;
    @Autowired
    FeedPoller poller;
    @Autowired
    Library library;
    @Autowired
    SearchIndexing indexing;
    @Autowired
    SearchEngine search;

    @BeforeAll
    static void startTheOutlets() throws Exception {
        site = new OutletSite();
        site.serve("/meridian/rss.xml", "application/rss+xml", OutletPages.rss("Meridian Wire", site.url("/meridian/"),
                        OutletPages.rssItem("Envoys agree to resume Varnholm night ferries", site.url("/meridian/ferries"),
                                "Fri, 13 Mar 2026 17:40:00 GMT", "Night crossings resume in April."),
                        OutletPages.rssItem("Harbour commissioner profile", site.url("/meridian/profile"),
                                "Fri, 13 Mar 2026 18:00:00 GMT", "<p>Agnete Solberg has run the Osterby pier for eleven winters.</p>")))
                .serve("/meridian/ferries", "text/html; charset=utf-8", OutletPages.page(
                        "Envoys agree to resume Varnholm night ferries", "Ilse Marchetti", "2026-03-13T17:40:00Z",
                        OutletPages.FERRY_STORY))
                .fail("/meridian/profile", 404)
                .serve("/coastal/rss.xml", "application/rss+xml", OutletPages.rss("Coastal Daily", site.url("/coastal/"),
                        OutletPages.rssItem("Night ferries to return to the strait", site.url("/coastal/world/ferries-back"),
                                "Sat, 14 Mar 2026 06:00:00 GMT", "The wire story, as we ran it.")))
                .serve("/coastal/world/ferries-back", "text/html; charset=utf-8", OutletPages.page(
                        "Night ferries to return to the strait", "Meridian Wire staff", "2026-03-14T06:00:00Z",
                        OutletPages.FERRY_STORY))
                .serve("/gazette/atom.xml", "application/atom+xml", OutletPages.atom("Harbour Gazette", site.url("/gazette/"),
                        "Lunmark rebukes Osterby over ferry conditions", site.url("/gazette/rebuke"),
                        "Lunmark's foreign ministry rebuked Osterby over what it called new conditions."))
                .serve("/gazette/rebuke", "text/html; charset=utf-8", OutletPages.page(
                        "Lunmark rebukes Osterby over ferry conditions", "Mirela Dunst", "2026-03-14T08:20:00Z",
                        "<p>Lunmark's foreign ministry on Saturday rebuked Osterby for what it called new conditions attached "
                                + "to the ferry accord, a day after the two sides announced the deal in the customs house.</p>"
                                + "<p>A ministry spokesman said the harbour commissioner's remark about lights on both shores "
                                + "had not been part of the agreed text, and asked Osterby to withdraw it.</p>"))
                .serve("/broken/feed.xml", "text/html; charset=utf-8",
                        "<!DOCTYPE html><html><body><h1>Service unavailable</h1><p>Please try later.</p></body></html>");
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
    }

    @Test
    void followsEveryOutletIntoTheLibraryAndSearchAndReportsTheBrokenFeed() {
        FeedStatus meridian = feeds.follow("Meridian Wire", site.url("/meridian/rss.xml"), Duration.ofMinutes(30));
        feeds.follow("Coastal Daily", site.url("/coastal/rss.xml"), Duration.ofMinutes(30));
        feeds.follow("Harbour Gazette", site.url("/gazette/atom.xml"), Duration.ofMinutes(30));
        FeedStatus broken = feeds.follow("Broken Herald", site.url("/broken/feed.xml"), Duration.ofMinutes(30));

        poller.pollDueFeeds();
        assertThat(indexing.awaitCaughtUp(Duration.ofSeconds(20))).isTrue();

        Article ferries = byTitle("Envoys agree to resume Varnholm night ferries");
        assertThat(ferries.outlet().name()).isEqualTo("Meridian Wire");
        assertThat(ferries.byline()).isEqualTo("Ilse Marchetti");
        assertThat(ferries.text()).contains("six crossings a night", "It is a modest step")
                .doesNotContain("Keep reading for free", "Subscribe now", "Already a subscriber", "cookies",
                        "Related stories", "newsletter", "First! Great article", "Share on social media");
        Article profile = byTitle("Harbour commissioner profile");
        assertThat(profile.textOrigin()).isEqualTo(TextOrigin.FEED_SUMMARY);
        assertThat(profile.text()).isEqualTo("Agnete Solberg has run the Osterby pier for eleven winters.");
        Article syndicated = byTitle("Night ferries to return to the strait");
        // Both outlets are polled at once, so either may reach the library first and count as the original.
        Article original = ferries.isCopy() ? syndicated : ferries;
        Article copy = original == ferries ? syndicated : ferries;
        assertThat(original.isCopy()).isFalse();
        assertThat(copy.copyOf()).isEqualTo(original.id());
        assertThat(byTitle("Lunmark rebukes Osterby over ferry conditions").byline()).isEqualTo("Mirela Dunst");

        assertThat(search.search(SearchQuery.of("\"joint inspection teams\"")).hits()).extracting(SearchHit::title)
                .contains("Envoys agree to resume Varnholm night ferries");
        assertThat(feeds.feed(meridian.id()).orElseThrow()).satisfies(feed -> {
            assertThat(feed.itemsSeen()).isEqualTo(2);
            assertThat(feed.lastSuccess()).isNotNull();
            assertThat(feed.failing()).isFalse();
            assertThat(feed.lastError()).contains("/meridian/profile", "404");
        });
        assertThat(feeds.feed(broken.id()).orElseThrow()).satisfies(feed -> {
            assertThat(feed.failing()).isTrue();
            assertThat(feed.lastSuccess()).isNull();
            assertThat(feed.lastError()).containsIgnoringCase("html");
            assertThat(feed.nextFetch()).isAfter(feed.lastFetch().plus(Duration.ofMinutes(30)));
        });
    }

    @Test
    void aSecondPollAsksConditionallyAndFetchesNoPageAgain() {
        // The tests share one library; the other test may have followed this feed already.
        FeedStatus gazette = feeds.all().stream().filter(feed -> feed.url().equals(site.url("/gazette/atom.xml"))).findFirst()
                .orElseGet(() -> feeds.follow("Harbour Gazette", site.url("/gazette/atom.xml"), Duration.ofMinutes(30)));
        feeds.resume(gazette.id());
        poller.pollDueFeeds();
        long stored = library.articleCount();
        int pageFetches = pageFetches();

        feeds.resume(gazette.id()); // due again now
        poller.pollDueFeeds();

        assertThat(library.articleCount()).isEqualTo(stored);
        assertThat(pageFetches()).isEqualTo(pageFetches);
        assertThat(feeds.feed(gazette.id()).orElseThrow().failing()).isFalse();
    }

    @Test
    void anEntryUpdatedWithAChangedPageIsReadAgainAndKeepsTheEarlierVersionAsARevision() {
        String page = "/changing/story";
        site.serve(page, "text/html; charset=utf-8", OutletPages.page("Pier lights to stay on", "Ilse Marchetti",
                        "2026-03-15T09:00:00Z", OutletPages.FERRY_STORY))
                .serve("/changing/rss.xml", "application/rss+xml", OutletPages.rss("Lantern Post", site.url("/changing/"),
                        OutletPages.rssItem("Pier lights to stay on", site.url(page), "Sun, 15 Mar 2026 09:00:00 GMT", "Lights.")));
        FeedStatus feed = feeds.follow("Lantern Post", site.url("/changing/rss.xml"), Duration.ofMinutes(30));
        poller.pollDueFeeds();
        Article first = byTitle("Pier lights to stay on");

        site.serve(page, "text/html; charset=utf-8", OutletPages.page("Pier lights to stay on", "Ilse Marchetti",
                        "2026-03-15T09:00:00Z", OutletPages.FERRY_STORY.replace("within a month", "within a week")))
                .serve("/changing/rss.xml", "application/rss+xml", OutletPages.rss("Lantern Post", site.url("/changing/"),
                        OutletPages.rssItem("Pier lights to stay on", site.url(page), "Sun, 15 Mar 2026 11:30:00 GMT", "Lights.")));
        feeds.resume(feed.id());
        poller.pollDueFeeds();

        Article now = library.article(first.id()).orElseThrow();
        assertThat(now.text()).contains("within a week");
        assertThat(now.revision()).isEqualTo(2);
        assertThat(library.revisions(first.id()).getFirst().body()).isEqualTo(first.body());
    }

    private int pageFetches() {
        return (int) site.requests.stream().filter(request -> request.equals("GET /gazette/rebuke")).count();
    }

    private Article byTitle(String title) {
        List<Article> all = library.articles(ArticleFilter.latest(100));
        return all.stream().filter(a -> a.title().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no article titled " + title + " among " + all.stream().map(Article::title).toList()));
    }
}
