package org.parallax.ingest.internal.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.parallax.ingest.NotAFeed;
import org.parallax.ingest.ParsedFeed;

/** What is not a feed is refused with a message that says what it was; hostile XML is read as inert text. */
class NotAFeedTest {

    private final LenientFeedParser parser = new LenientFeedParser();

    private ParsedFeed parse(String content) {
        return parser.parse(content.getBytes(StandardCharsets.UTF_8), null, null);
    }

    @Test
    void refusesAnHtmlErrorPageAndNamesIt() {
        assertThatThrownBy(() -> parse("""
                <!DOCTYPE html>
                <html><head><meta charset="utf-8"><title>503 Service Unavailable</title></head>
                <body><h1>Harbour Gazette is down for maintenance</h1></body></html>
                """))
                .isInstanceOf(NotAFeed.class)
                .hasMessageContaining("HTML page")
                .hasMessageContaining("503 Service Unavailable");
    }

    @Test
    void refusesEmptyContent() {
        assertThatThrownBy(() -> parser.parse(new byte[0], null, null)).isInstanceOf(NotAFeed.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> parse(" \n\t ")).isInstanceOf(NotAFeed.class).hasMessageContaining("white space");
    }

    @Test
    void refusesPlainTextAndQuotesItsStart() {
        assertThatThrownBy(() -> parse("The Varnholm Strait is closed until further notice."))
                .isInstanceOf(NotAFeed.class)
                .hasMessageContaining("plain text")
                .hasMessageContaining("The Varnholm Strait");
    }

    @Test
    void refusesJsonThatIsNotAJsonFeed() {
        assertThatThrownBy(() -> parse("{\"strait\": \"closed\", \"ships\": 41}"))
                .isInstanceOf(NotAFeed.class).hasMessageContaining("not a JSON Feed");
        assertThatThrownBy(() -> parse("[1, 2, 3]")).isInstanceOf(NotAFeed.class).hasMessageContaining("not a JSON Feed");
        assertThatThrownBy(() -> parse("{\"version\": \"1.1\", \"items\": [")).isInstanceOf(NotAFeed.class)
                .hasMessageContaining("does not parse");
    }

    @Test
    void refusesXmlThatIsNotAFeedAndNamesItsRoot() {
        assertThatThrownBy(() -> parse("<manifest><ship>Nordkapp</ship></manifest>"))
                .isInstanceOf(NotAFeed.class).hasMessageContaining("<manifest>");
    }

    @Test
    void neverReadsExternalEntities() {
        ParsedFeed feed = parse("""
                <?xml version="1.0"?>
                <!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <rss version="2.0"><channel><title>Strait &secret;</title></channel></rss>
                """);

        assertThat(feed.title()).doesNotContain("root:").startsWith("Strait");
    }

    @Test
    @Timeout(5)
    void neverExpandsEntitiesSoBillionLaughsStaysSmall() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE rss [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        ParsedFeed feed = parse(dtd + "]><rss><channel><title>&lol9;</title></channel></rss>");

        assertThat(feed.title()).hasSizeLessThan(100);
    }

    @Test
    void refusesContentLargerThanAnyFeed() {
        byte[] huge = new byte[LenientFeedParser.MAX_BYTES + 1];

        assertThatThrownBy(() -> parser.parse(huge, null, null)).isInstanceOf(NotAFeed.class).hasMessageContaining("more than");
    }

    @Test
    @Timeout(10)
    void readsDeeplyNestedMarkupWithoutOverflowing() {
        String deep = "<b>".repeat(100_000);
        ParsedFeed feed = parse("<rss><channel><title>Strait</title><item><description>" + deep + "</description></item></channel></rss>");

        assertThat(feed.title()).isEqualTo("Strait");
    }
}
