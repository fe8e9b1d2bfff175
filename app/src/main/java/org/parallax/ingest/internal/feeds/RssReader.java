package org.parallax.ingest.internal.feeds;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.parallax.ingest.FeedItem;
import org.parallax.ingest.ParsedFeed;

/**
 * RSS 0.9x, 1.0 (RDF) and 2.0, with the extensions news feeds lean on: Dublin Core for bylines and
 * dates, content:encoded for the full text, Media RSS for pictures, atom:link for the home page.
 */
final class RssReader {

    private RssReader() {
    }

    static ParsedFeed read(Element root, URI location, String format) {
        Element channel = Xml.child(root, Xml.RSS, "channel");
        Element head = channel != null ? channel : root;
        String feedLink = link(head, location);
        URI itemBase = Xml.baseFor(location, feedLink);
        List<FeedItem> items = new ArrayList<>();
        // RSS 2.0 puts items in the channel, RDF beside it; some feeds do either whatever they declare.
        for (Element parent : channel != null ? List.of(channel, root) : List.of(root)) {
            for (Element item : Xml.children(parent, Xml.RSS, "item")) {
                items.add(item(item, itemBase));
            }
        }
        return new ParsedFeed(format, TextConstructs.plain(Xml.child(head, Xml.RSS, "title")), feedLink, items);
    }

    private static FeedItem item(Element item, URI location) {
        String link = link(item, location);
        Element guid = Xml.child(item, Xml.RSS, "guid");
        String id = Xml.text(guid);
        if (link == null && id != null && !guid.attr("isPermaLink").equalsIgnoreCase("false") && id.matches("(?i)https?://.*")) {
            link = Xml.link(guid, location, id);
        }
        if (id == null && !item.attr("rdf:about").isBlank()) {
            id = item.attr("rdf:about").strip();
        }
        if (id == null) {
            id = link;
        }
        Instant published = FeedDates.first(Xml.child(item, Xml.RSS, "pubDate"), Xml.child(item, Xml.DC, "date"),
                Xml.child(item, Xml.RSS, "date"));
        Instant updated = FeedDates.first(Xml.child(item, Xml.ATOM, "updated"), Xml.child(item, Xml.DC, "modified"));
        return new FeedItem(
                TextConstructs.plain(Xml.child(item, Xml.RSS, "title")),
                link,
                id,
                published,
                updated,
                author(item),
                TextConstructs.html(Xml.child(item, Xml.RSS, "description")),
                TextConstructs.html(Xml.child(item, Xml.CONTENT, "encoded")),
                Media.image(item, location));
    }

    private static String link(Element parent, URI location) {
        for (Element link : Xml.children(parent, Xml.RSS, "link")) {
            String text = Xml.text(link);
            if (text != null) {
                return Xml.link(link, location, text);
            }
            if (link.hasAttr("href")) {
                return Xml.link(link, location, link.attr("href"));
            }
        }
        for (Element link : Xml.children(parent, Xml.ATOM, "link")) {
            String rel = link.attr("rel").strip();
            if ((rel.isEmpty() || rel.equals("alternate")) && link.hasAttr("href")) {
                return Xml.link(link, location, link.attr("href"));
            }
        }
        return null;
    }

    private static String author(Element item) {
        for (Element candidate : item.children()) {
            String ns = Xml.namespace(candidate);
            String name = Xml.localName(candidate);
            boolean byline = (Xml.RSS.contains(ns) && name.equals("author")) || (ns.equals(Xml.DC) && name.equals("creator"))
                    || (ns.equals(Xml.ITUNES) && name.equals("author"));
            if (byline) {
                String author = Authors.of(Xml.text(Xml.child(candidate, ns, "name")), Xml.text(Xml.child(candidate, ns, "email")));
                if (author == null) {
                    author = Authors.byline(TextConstructs.plain(candidate));
                }
                if (author != null) {
                    return author;
                }
            }
        }
        return null;
    }
}
