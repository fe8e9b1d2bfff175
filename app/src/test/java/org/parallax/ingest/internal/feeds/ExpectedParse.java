package org.parallax.ingest.internal.feeds;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * The fields the conformance measure compares, read from an expected-parse file of the gofeed test
 * suite, which comes in three shapes: gofeed's Atom parse ({@code entries}), its RSS parse
 * ({@code items} of RSS fields) and, for JSON inputs, the JSON Feed itself. Each shape is mapped to
 * what Parallax means by title, link, published and author:
 * <ul>
 * <li>link: Atom's first link whose rel is absent or "alternate"; RSS {@code link}; JSON {@code url};</li>
 * <li>published: Atom {@code publishedParsed}, RSS {@code pubDateParsed}, JSON {@code date_published}
 *     (null when gofeed read no date, and then not compared);</li>
 * <li>author: the first author's name (its email when it has no name); Atom authors inherit from
 *     the entry's source, then the feed, as RFC 4287 says; RSS takes {@code author}, then
 *     {@code dc:creator}, then {@code itunes:author}, and reads {@code email (Name)} as Name.</li>
 * </ul>
 */
record ExpectedParse(String title, String link, List<Item> items) {

    record Item(String title, String link, Instant published, String author) {
    }

    private static final Pattern EMAIL_THEN_NAME = Pattern.compile("^\\S+@\\S+\\s*\\((.+)\\)$");

    static ExpectedParse of(JsonNode expected) {
        if (expected.has("entries")) {
            return atom(expected);
        }
        if (expected.has("home_page_url") || expected.path("version").asString("").matches("(https://jsonfeed.org/version/)?1\\.[01]")
                && expected.path("items").path(0).has("url")) {
            return json(expected);
        }
        return rss(expected);
    }

    private static ExpectedParse atom(JsonNode feed) {
        String feedAuthor = atomAuthor(feed);
        List<Item> items = new ArrayList<>();
        for (JsonNode entry : feed.path("entries")) {
            String author = atomAuthor(entry);
            author = author != null ? author : atomAuthor(entry.path("source"));
            items.add(new Item(text(entry, "title"), atomLink(entry), instant(text(entry, "publishedParsed")),
                    author != null ? author : feedAuthor));
        }
        return new ExpectedParse(text(feed, "title"), atomLink(feed), items);
    }

    private static String atomLink(JsonNode node) {
        for (JsonNode link : node.path("links")) {
            String rel = text(link, "rel");
            if ((rel == null || rel.equals("alternate")) && text(link, "href") != null) {
                return text(link, "href");
            }
        }
        return null;
    }

    private static String atomAuthor(JsonNode node) {
        JsonNode first = node.path("authors").path(0);
        String name = text(first, "name");
        return name != null ? name : text(first, "email");
    }

    private static ExpectedParse rss(JsonNode feed) {
        List<Item> items = new ArrayList<>();
        for (JsonNode item : feed.path("items")) {
            String author = text(item, "author");
            if (author == null) {
                author = text(item.path("dcExt").path("creator"), 0);
            }
            if (author == null) {
                author = text(item.path("itunesExt"), "author");
            }
            if (author != null) {
                Matcher named = EMAIL_THEN_NAME.matcher(author.strip());
                author = named.matches() ? named.group(1) : author;
            }
            items.add(new Item(text(item, "title"), text(item, "link"), instant(text(item, "pubDateParsed")), author));
        }
        return new ExpectedParse(text(feed, "title"), text(feed, "link"), items);
    }

    private static ExpectedParse json(JsonNode feed) {
        String feedAuthor = jsonAuthor(feed);
        List<Item> items = new ArrayList<>();
        for (JsonNode item : feed.path("items")) {
            String author = jsonAuthor(item);
            items.add(new Item(text(item, "title"), text(item, "url"), instant(text(item, "date_published")),
                    author != null ? author : feedAuthor));
        }
        return new ExpectedParse(text(feed, "title"), text(feed, "home_page_url"), items);
    }

    private static String jsonAuthor(JsonNode node) {
        String name = text(node.path("authors").path(0), "name");
        return name != null ? name : text(node.path("author"), "name");
    }

    private static Instant instant(String text) {
        return text == null ? null : OffsetDateTime.parse(text).toInstant();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isString() && !value.asString().isBlank() ? value.asString() : null;
    }

    private static String text(JsonNode node, int index) {
        JsonNode value = node.path(index);
        return value.isString() && !value.asString().isBlank() ? value.asString() : null;
    }
}
