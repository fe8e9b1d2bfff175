package org.parallax.ingest.internal.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.parallax.ingest.FeedItem;
import org.parallax.ingest.ParsedFeed;

/** Each format, read from small feeds about a fictional event: the closing of the Varnholm Strait. */
class FeedFormatsTest {

    private final LenientFeedParser parser = new LenientFeedParser();

    private ParsedFeed parse(String feed) {
        return parser.parse(feed.getBytes(StandardCharsets.UTF_8), URI.create("https://harbourgazette.example/feeds/world.xml"), null);
    }

    @Test
    void readsRss20WithDublinCoreContentAndMedia() {
        ParsedFeed feed = parse("""
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"
                     xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:media="http://search.yahoo.com/mrss/">
                  <channel>
                    <title>Harbour Gazette: World</title>
                    <link>https://harbourgazette.example/world</link>
                    <item>
                      <title>Varnholm Strait closed to tankers</title>
                      <link>https://harbourgazette.example/world/strait-closed</link>
                      <guid isPermaLink="false">hg-2026-0314-01</guid>
                      <pubDate>Sat, 14 Mar 2026 07:30:00 +0100</pubDate>
                      <dc:creator>Ingrid Solberg</dc:creator>
                      <description>Ferries still run.</description>
                      <content:encoded><![CDATA[<p>The coast guard closed the strait <b>at dawn</b>.</p>]]></content:encoded>
                      <media:thumbnail url="/img/strait.jpg"/>
                    </item>
                  </channel>
                </rss>
                """);

        assertThat(feed.format()).isEqualTo("rss-2.0");
        assertThat(feed.title()).isEqualTo("Harbour Gazette: World");
        assertThat(feed.link()).isEqualTo("https://harbourgazette.example/world");
        FeedItem item = feed.items().getFirst();
        assertThat(item.title()).isEqualTo("Varnholm Strait closed to tankers");
        assertThat(item.id()).isEqualTo("hg-2026-0314-01");
        assertThat(item.published()).isEqualTo(Instant.parse("2026-03-14T06:30:00Z"));
        assertThat(item.author()).isEqualTo("Ingrid Solberg");
        assertThat(item.summary()).isEqualTo("Ferries still run.");
        assertThat(item.content()).isEqualTo("<p>The coast guard closed the strait <b>at dawn</b>.</p>");
        assertThat(item.image()).isEqualTo("https://harbourgazette.example/img/strait.jpg");
    }

    @Test
    void readsRss10WithDublinCoreDates() {
        ParsedFeed feed = parse("""
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
                         xmlns:dc="http://purl.org/dc/elements/1.1/">
                  <channel rdf:about="https://nordlys.example/rss"><title>Nordlys Daily</title>
                    <link>https://nordlys.example/</link></channel>
                  <item rdf:about="https://nordlys.example/strait">
                    <title>Strait closure: what we know</title>
                    <link>https://nordlys.example/strait</link>
                    <dc:date>2026-03-14T09:00:00+01:00</dc:date>
                    <dc:creator>Pål Eriksen</dc:creator>
                  </item>
                </rdf:RDF>
                """);

        assertThat(feed.format()).isEqualTo("rss-1.0");
        assertThat(feed.title()).isEqualTo("Nordlys Daily");
        FeedItem item = feed.items().getFirst();
        assertThat(item.published()).isEqualTo(Instant.parse("2026-03-14T08:00:00Z"));
        assertThat(item.author()).isEqualTo("Pål Eriksen");
        assertThat(item.id()).isEqualTo("https://nordlys.example/strait");
    }

    @Test
    void readsRss091() {
        ParsedFeed feed = parse("""
                <rss version="0.91"><channel><title>Coastal Wire</title><link>https://coastalwire.example/</link>
                  <item><title>Tankers wait off Varnholm</title><link>https://coastalwire.example/wait</link>
                  <description>A queue of ships grows.</description></item>
                </channel></rss>
                """);

        assertThat(feed.format()).isEqualTo("rss-0.91");
        assertThat(feed.items()).extracting(FeedItem::title).containsExactly("Tankers wait off Varnholm");
    }

    @Test
    void readsAtom10WithAuthorsInheritedFromTheFeed() {
        ParsedFeed feed = parse("""
                <feed xmlns="http://www.w3.org/2005/Atom">
                  <title type="html">Strait &amp;amp; Sound</title>
                  <link rel="self" href="https://sound.example/atom.xml"/>
                  <link rel="alternate" type="text/html" href="https://sound.example/"/>
                  <author><name>The Sound Desk</name></author>
                  <entry>
                    <title>Shipping lanes reopen in part</title>
                    <link rel="alternate" href="https://sound.example/lanes"/>
                    <id>tag:sound.example,2026:lanes</id>
                    <published>2026-03-15T06:00:00Z</published>
                    <updated>2026-03-15T08:00:00Z</updated>
                    <summary type="html">&lt;p&gt;Two lanes of four.&lt;/p&gt;</summary>
                    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Two of four lanes reopened.</p></div></content>
                  </entry>
                </feed>
                """);

        assertThat(feed.format()).isEqualTo("atom-1.0");
        assertThat(feed.title()).isEqualTo("Strait & Sound");
        assertThat(feed.link()).isEqualTo("https://sound.example/");
        FeedItem entry = feed.items().getFirst();
        assertThat(entry.id()).isEqualTo("tag:sound.example,2026:lanes");
        assertThat(entry.published()).isEqualTo(Instant.parse("2026-03-15T06:00:00Z"));
        assertThat(entry.updated()).isEqualTo(Instant.parse("2026-03-15T08:00:00Z"));
        assertThat(entry.author()).isEqualTo("The Sound Desk");
        assertThat(entry.summary()).isEqualTo("<p>Two lanes of four.</p>");
        assertThat(entry.content()).isEqualTo("<p>Two of four lanes reopened.</p>");
    }

    @Test
    void readsAtom03WithIssuedDatesAndBase64Titles() {
        ParsedFeed feed = parse("""
                <feed version="0.3" xmlns="http://purl.org/atom/ns#">
                  <title>Old Harbour Log</title>
                  <entry>
                    <title mode="base64">U3RyYWl0IGNsb3NlZA==</title>
                    <link rel="alternate" type="text/html" href="https://oldharbour.example/closed"/>
                    <issued>2026-03-14T10:00:00Z</issued>
                    <author><email>log@oldharbour.example</email></author>
                  </entry>
                </feed>
                """);

        assertThat(feed.format()).isEqualTo("atom-0.3");
        FeedItem entry = feed.items().getFirst();
        assertThat(entry.title()).isEqualTo("Strait closed");
        assertThat(entry.published()).isEqualTo(Instant.parse("2026-03-14T10:00:00Z"));
        assertThat(entry.author()).isEqualTo("log@oldharbour.example");
        assertThat(entry.id()).isEqualTo("https://oldharbour.example/closed");
    }

    @Test
    void readsJsonFeed11() {
        ParsedFeed feed = parse("""
                {"version": "https://jsonfeed.org/version/1.1", "title": "Fjord Post",
                 "home_page_url": "https://fjordpost.example/", "feed_url": "https://fjordpost.example/feed.json",
                 "authors": [{"name": "Fjord Post staff"}],
                 "items": [{"id": "2026-strait", "url": "/strait", "title": "Strait &amp; harbour closed",
                            "content_html": "<p>Closed.</p>", "summary": "Closed at dawn.",
                            "date_published": "2026-03-14T07:30:00.5+01:00", "image": "/strait.png"}]}
                """);

        assertThat(feed.format()).isEqualTo("json-1.1");
        assertThat(feed.link()).isEqualTo("https://fjordpost.example/");
        FeedItem item = feed.items().getFirst();
        assertThat(item.title()).isEqualTo("Strait & harbour closed");
        assertThat(item.link()).isEqualTo("https://fjordpost.example/strait");
        assertThat(item.published()).isEqualTo(Instant.parse("2026-03-14T06:30:00.5Z"));
        assertThat(item.author()).isEqualTo("Fjord Post staff");
        assertThat(item.content()).isEqualTo("<p>Closed.</p>");
        assertThat(item.image()).isEqualTo("https://fjordpost.example/strait.png");
    }

    @Test
    void readsJsonFeed10WithItsSingleAuthor() {
        ParsedFeed feed = parse("""
                {"version": "https://jsonfeed.org/version/1", "title": "Fjord Post",
                 "items": [{"id": 42, "title": "Strait update", "content_text": "Still closed.",
                            "author": {"name": "Kari Holm"}}]}
                """);

        assertThat(feed.format()).isEqualTo("json-1.0");
        assertThat(feed.items().getFirst().author()).isEqualTo("Kari Holm");
        assertThat(feed.items().getFirst().id()).isEqualTo("42");
        assertThat(feed.items().getFirst().content()).isEqualTo("Still closed.");
    }
}
