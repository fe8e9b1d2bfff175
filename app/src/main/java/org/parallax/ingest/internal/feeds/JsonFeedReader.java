package org.parallax.ingest.internal.feeds;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.parallax.ingest.FeedItem;
import org.parallax.ingest.NotAFeed;
import org.parallax.ingest.ParsedFeed;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** JSON Feed 1.0 and 1.1 (jsonfeed.org), with 1.0's single {@code author} and 1.1's {@code authors}. */
final class JsonFeedReader {

    private final JsonMapper mapper = JsonMapper.builder().build();

    ParsedFeed read(String json, URI location) {
        JsonNode feed;
        try {
            feed = mapper.readTree(json);
        } catch (JacksonException broken) {
            throw new NotAFeed("This looks like JSON but does not parse: " + broken.getOriginalMessage(), broken);
        }
        if (!feed.isObject() || !feed.path("version").isString() || !(feed.has("items") || feed.has("title"))) {
            throw new NotAFeed("This is JSON but not a JSON Feed: it has no \"version\" and \"items\""
                    + " (starts " + Texts.opening(json, 60) + ")");
        }
        URI base = location;
        String feedUrl = text(feed, "feed_url");
        if (feedUrl != null) {
            URI resolved = resolve(location, feedUrl);
            base = resolved == null ? location : resolved;
        }
        String feedAuthor = author(feed);
        List<FeedItem> items = new ArrayList<>();
        for (JsonNode item : feed.path("items")) {
            if (item.isObject()) {
                items.add(item(item, base, feedAuthor));
            }
        }
        String version = feed.path("version").asString();
        String format = version.endsWith("1.1") ? "json-1.1" : "json-1.0";
        return new ParsedFeed(format, Texts.plain(text(feed, "title")), link(base, text(feed, "home_page_url")), items);
    }

    private static FeedItem item(JsonNode item, URI base, String feedAuthor) {
        String link = link(base, text(item, "url"));
        if (link == null) {
            link = link(base, text(item, "external_url"));
        }
        String id = text(item, "id");
        String author = author(item);
        String content = text(item, "content_html");
        String image = text(item, "image");
        return new FeedItem(
                Texts.plain(text(item, "title")),
                link,
                id != null ? id : link,
                FeedDates.parse(text(item, "date_published")),
                FeedDates.parse(text(item, "date_modified")),
                author != null ? author : feedAuthor,
                text(item, "summary"),
                content != null ? content : text(item, "content_text"),
                image != null ? link(base, image) : link(base, text(item, "banner_image")));
    }

    private static String author(JsonNode node) {
        for (JsonNode author : node.path("authors")) {
            String name = Authors.byline(text(author, "name"));
            if (name != null) {
                return name;
            }
        }
        return Authors.byline(text(node.path("author"), "name"));
    }

    /** Ids are strings, but some feeds send numbers. */
    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.isString() || value.isNumber()) {
            String text = value.asString().strip();
            return text.isEmpty() ? null : text;
        }
        return null;
    }

    private static String link(URI base, String url) {
        if (url == null) {
            return null;
        }
        URI resolved = resolve(base, url);
        return resolved == null ? url : resolved.toString();
    }

    private static URI resolve(URI base, String url) {
        try {
            URI uri = new URI(url.strip().replace(" ", "%20"));
            return base == null || uri.isAbsolute() ? uri : base.resolve(uri);
        } catch (Exception unreadable) {
            return null;
        }
    }
}
