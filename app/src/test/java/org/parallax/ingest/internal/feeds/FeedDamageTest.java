package org.parallax.ingest.internal.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.parallax.ingest.FeedItem;
import org.parallax.ingest.ParsedFeed;

/** The damage real feeds carry, each read the way a reader would want it read. */
class FeedDamageTest {

    private final LenientFeedParser parser = new LenientFeedParser();

    private ParsedFeed parse(byte[] bytes) {
        return parser.parse(bytes, URI.create("https://harbourgazette.example/feeds/world.xml"), null);
    }

    private ParsedFeed parse(String feed) {
        return parse(feed.getBytes(StandardCharsets.UTF_8));
    }

    private static String rssItem(String itemXml) {
        return "<rss version=\"2.0\"><channel><title>Harbour Gazette</title><item>" + itemXml + "</item></channel></rss>";
    }

    @Test
    void titlesBecomePlainTextWhateverMarkupTheyCarry() {
        ParsedFeed feed = parse("""
                <rss version="2.0"><channel><title>Harbour &amp;amp; Coast</title>
                  <item><title>&lt;b&gt;Strait&lt;/b&gt; closed &amp;mdash; for now</title></item>
                  <item><title><![CDATA[<em>Ferries</em> &amp; tankers]]></title></item>
                  <item><title>Ferries <i>still</i> run</title></item>
                  <item><title>Tolls rise &eacute;&nbsp;again</title></item>
                </channel></rss>
                """);

        assertThat(feed.title()).isEqualTo("Harbour & Coast");
        assertThat(feed.items()).extracting(FeedItem::title)
                .containsExactly("Strait closed — for now", "Ferries & tankers", "Ferries still run", "Tolls rise é again");
    }

    @Test
    void keepsBareAmpersandsAndDropsControlCharacters() {
        ParsedFeed feed = parse(rssItem("<title>Fish & chips\u0008 at the strait</title>"
                + "<link>https://harbourgazette.example/a?x=1&copy=2</link>"));

        FeedItem item = feed.items().getFirst();
        assertThat(item.title()).isEqualTo("Fish & chips at the strait");
        assertThat(item.link()).isEqualTo("https://harbourgazette.example/a?x=1&copy=2");
    }

    @Test
    void readsDatesWithoutAZoneAsUtcAndBadDatesAsNone() {
        ParsedFeed feed = parse("""
                <rss version="2.0"><channel>
                  <item><title>a</title><pubDate>2026-03-14 07:30:00</pubDate></item>
                  <item><title>b</title><pubDate>Tue, 14 Mar 2026 07:30</pubDate></item>
                  <item><title>c</title><pubDate>the day the strait closed</pubDate></item>
                </channel></rss>
                """);

        assertThat(feed.items()).extracting(FeedItem::published).containsExactly(
                Instant.parse("2026-03-14T07:30:00Z"), Instant.parse("2026-03-14T07:30:00Z"), null);
    }

    @Test
    void readsUtf8BytesThatClaimToBeLatin1() {
        byte[] bytes = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss><channel><title>Tromsø and Ålesund</title></channel></rss>"
                .getBytes(StandardCharsets.UTF_8);

        assertThat(parse(bytes).title()).isEqualTo("Tromsø and Ålesund");
    }

    @Test
    void readsWindows1252BytesThatClaimToBeUtf8() {
        byte[] bytes = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss><channel><title>The \u201cstrait\u201d café</title></channel></rss>"
                .getBytes(Charset.forName("windows-1252"));

        assertThat(parse(bytes).title()).isEqualTo("The \u201cstrait\u201d café");
    }

    @Test
    void followsAByteOrderMark() {
        String feed = "<rss><channel><title>Tromsø</title></channel></rss>";
        byte[] utf16 = ("\uFEFF" + feed).getBytes(StandardCharsets.UTF_16LE);
        byte[] utf8 = ("\uFEFF  \n" + feed).getBytes(StandardCharsets.UTF_8);

        assertThat(parse(utf16).title()).isEqualTo("Tromsø");
        assertThat(parse(utf8).title()).isEqualTo("Tromsø");
    }

    @Test
    void resolvesRelativeLinksAgainstXmlBaseAndTheFeedsLocation() {
        ParsedFeed feed = parse("""
                <feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://sound.example/news/">
                  <link href="/"/>
                  <entry><title>a</title><link href="strait/closed"/></entry>
                  <entry xml:base="https://archive.sound.example/2026/"><title>b</title><link href="ferries"/></entry>
                </feed>
                """);
        ParsedFeed rss = parse(rssItem("<title>c</title><link>../world/tankers</link>"));

        assertThat(feed.link()).isEqualTo("https://sound.example/");
        assertThat(feed.items()).extracting(FeedItem::link)
                .containsExactly("https://sound.example/news/strait/closed", "https://archive.sound.example/2026/ferries");
        assertThat(rss.items().getFirst().link()).isEqualTo("https://harbourgazette.example/world/tankers");
    }

    @Test
    void usesTheLinkAsIdWhenThereIsNoGuid() {
        FeedItem item = parse(rssItem("<title>a</title><link>https://harbourgazette.example/a</link>")).items().getFirst();

        assertThat(item.id()).isEqualTo("https://harbourgazette.example/a");
    }

    @Test
    void takesThePermalinkGuidAsLinkWhenThereIsNoLink() {
        FeedItem item = parse(rssItem("<title>a</title><guid>https://harbourgazette.example/b</guid>")).items().getFirst();

        assertThat(item.link()).isEqualTo("https://harbourgazette.example/b");
        assertThat(item.id()).isEqualTo("https://harbourgazette.example/b");
    }

    @Test
    void readsTheNameInEveryAuthorForm() {
        ParsedFeed feed = parse("""
                <rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"><channel>
                  <item><author>isolberg@harbourgazette.example (Ingrid Solberg)</author></item>
                  <item><author>Ingrid Solberg &lt;isolberg@harbourgazette.example&gt;</author></item>
                  <item><author>desk@harbourgazette.example</author></item>
                  <item><dc:creator>Pål Eriksen</dc:creator></item>
                  <item><itunes:author>Kari Holm</itunes:author></item>
                </channel></rss>
                """);

        assertThat(feed.items()).extracting(FeedItem::author).containsExactly(
                "Ingrid Solberg", "Ingrid Solberg", "desk@harbourgazette.example", "Pål Eriksen", "Kari Holm");
    }

    @Test
    void findsPicturesInEnclosuresAndMediaContent() {
        ParsedFeed feed = parse("""
                <rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel>
                  <item><enclosure url="https://cdn.example/strait.jpg" type="image/jpeg" length="1"/></item>
                  <item><media:content url="https://cdn.example/ferry.png" medium="image"/></item>
                  <item><enclosure url="https://cdn.example/briefing.mp3" type="audio/mpeg" length="1"/></item>
                </channel></rss>
                """);

        assertThat(feed.items()).extracting(FeedItem::image)
                .containsExactly("https://cdn.example/strait.jpg", "https://cdn.example/ferry.png", null);
    }
}
