package org.parallax.ingest.internal.feeds;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.parallax.ingest.FeedItem;
import org.parallax.ingest.ParsedFeed;

/**
 * Atom 1.0 and its draft 0.3 (issued/modified, mode="base64"). Per RFC 4287 an entry without an
 * author takes its source's, then the feed's.
 */
final class AtomReader {

    private AtomReader() {
    }

    static ParsedFeed read(Element feed, URI location, String format) {
        Set<String> ns = Set.of(Xml.namespace(feed));
        String feedAuthor = author(feed, ns);
        String feedLink = link(feed, ns, location);
        URI itemBase = Xml.baseFor(location, feedLink);
        List<FeedItem> items = new ArrayList<>();
        for (Element entry : Xml.children(feed, ns, "entry")) {
            items.add(entry(entry, ns, itemBase, feedAuthor));
        }
        return new ParsedFeed(format, TextConstructs.plain(Xml.child(feed, ns, "title")), feedLink, items);
    }

    private static FeedItem entry(Element entry, Set<String> ns, URI location, String feedAuthor) {
        String link = link(entry, ns, location);
        String id = Xml.text(Xml.child(entry, ns, "id"));
        String author = author(entry, ns);
        Element source = Xml.child(entry, ns, "source");
        if (author == null && source != null) {
            author = author(source, ns);
        }
        Element content = Xml.child(entry, ns, "content");
        boolean contentElsewhere = content != null && content.hasAttr("src");
        return new FeedItem(
                TextConstructs.plain(Xml.child(entry, ns, "title")),
                link,
                id != null ? id : link,
                FeedDates.first(Xml.child(entry, ns, "published"), Xml.child(entry, ns, "issued"),
                        Xml.child(entry, ns, "created"), Xml.child(entry, Xml.DC, "date")),
                FeedDates.first(Xml.child(entry, ns, "updated"), Xml.child(entry, ns, "modified")),
                author != null ? author : feedAuthor,
                TextConstructs.html(Xml.child(entry, ns, "summary")),
                contentElsewhere ? null : TextConstructs.html(content),
                Media.image(entry, location));
    }

    /** The alternate link (rel absent or "alternate"), preferring one to an HTML page. */
    private static String link(Element parent, Set<String> ns, URI location) {
        Element chosen = null;
        for (Element link : Xml.children(parent, ns, "link")) {
            String rel = link.attr("rel").strip();
            if (!(rel.isEmpty() || rel.equals("alternate")) || link.attr("href").isBlank()) {
                continue;
            }
            if (chosen == null || (!chosen.attr("type").contains("html") && link.attr("type").contains("html"))) {
                chosen = link;
            }
        }
        return chosen == null ? null : Xml.link(chosen, location, chosen.attr("href"));
    }

    private static String author(Element parent, Set<String> ns) {
        for (Element author : Xml.children(parent, ns, "author")) {
            String byline = author.children().isEmpty()
                    ? Authors.byline(Xml.text(author))
                    : Authors.of(TextConstructs.plain(Xml.child(author, ns, "name")), Xml.text(Xml.child(author, ns, "email")));
            if (byline != null) {
                return byline;
            }
        }
        Element creator = Xml.child(parent, Xml.DC, "creator");
        return creator == null ? null : Authors.byline(TextConstructs.plain(creator));
    }
}
