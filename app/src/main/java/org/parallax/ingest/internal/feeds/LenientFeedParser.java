package org.parallax.ingest.internal.feeds;

import java.net.URI;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.parallax.ingest.FeedParser;
import org.parallax.ingest.NotAFeed;
import org.parallax.ingest.ParsedFeed;
import org.springframework.stereotype.Component;

/**
 * Reads feeds as they are found in the wild rather than as the specifications describe them. XML
 * goes through jsoup's forgiving parser, which never reads a DTD: no external entities, no entity
 * expansion, so XXE and billion-laughs documents are read as inert text. Public only so that the
 * command line can build one without Spring.
 */
@Component
public final class LenientFeedParser implements FeedParser {

    /** Far above any real feed (large podcast feeds run to a few megabytes), far below harm. */
    static final int MAX_BYTES = 16 * 1024 * 1024;

    private final JsonFeedReader json = new JsonFeedReader();

    @Override
    public ParsedFeed parse(byte[] content, URI location, String contentType) {
        if (content == null || content.length == 0) {
            throw new NotAFeed("The content is empty: no bytes at all, so no feed.");
        }
        if (content.length > MAX_BYTES) {
            throw new NotAFeed("The content is %,d bytes, more than the %,d a feed may have; not read."
                    .formatted(content.length, MAX_BYTES));
        }
        String text = FeedCharsets.decode(content, contentType).replace("\uFEFF", "").strip();
        if (text.isEmpty()) {
            throw new NotAFeed("The content is only white space, so no feed.");
        }
        if (text.startsWith("{") || text.startsWith("[")) {
            return json.read(text, location);
        }
        if (!text.startsWith("<")) {
            throw new NotAFeed("This is plain text, not a feed; it starts: " + Texts.opening(text, 60));
        }
        Document document = Jsoup.parse(Ampersands.escapeBare(Texts.withoutControls(text)), "", Parser.xmlParser());
        Element root = document.children().first();
        if (root == null) {
            throw new NotAFeed("This is markup without any element (only comments or declarations), not a feed.");
        }
        if (looksLikeHtml(document, root)) {
            String title = Jsoup.parse(text).title();
            throw new NotAFeed("This is an HTML page, not a feed" + (title.isBlank() ? "." : ", titled \"" + Texts.clean(title) + "\"."));
        }
        return switch (Xml.localName(root)) {
            case "rss" -> RssReader.read(root, location, "rss-" + rssVersion(root));
            case "channel" -> RssReader.read(root, location, "rss-0.9x");
            case "RDF" -> RssReader.read(root, location, isRss090(root) ? "rss-0.90" : "rss-1.0");
            case "feed" -> AtomReader.read(root, location, isAtom03(root) ? "atom-0.3" : "atom-1.0");
            default -> throw new NotAFeed("This is XML but not a feed: its root element is <" + root.tagName()
                    + ">, where a feed has <rss>, <rdf:RDF> or <feed>.");
        };
    }

    private static boolean looksLikeHtml(Document document, Element root) {
        boolean htmlDoctype = document.childNodes().stream().anyMatch(node -> node instanceof DocumentType type
                && type.name().equalsIgnoreCase("html"));
        return htmlDoctype || root.tagName().toLowerCase(Locale.ROOT).matches("html|head|body");
    }

    private static String rssVersion(Element root) {
        String version = root.attr("version").strip();
        return version.isEmpty() ? "2.0" : version;
    }

    private static boolean isRss090(Element root) {
        Element channel = root.children().stream().filter(e -> Xml.localName(e).equals("channel")).findFirst().orElse(root);
        return Xml.namespace(channel).equals("http://my.netscape.com/rdf/simple/0.9/");
    }

    private static boolean isAtom03(Element feed) {
        return Xml.namespace(feed).equals(Xml.ATOM_03) || feed.attr("version").strip().equals("0.3");
    }
}
