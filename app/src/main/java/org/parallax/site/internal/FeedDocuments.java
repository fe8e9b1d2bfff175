package org.parallax.site.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes our RSS 2.0 and Atom 1.0 feeds and the sitemap with a real XML writer, so a headline
 * full of angle brackets and ampersands stays text and cannot become markup.
 */
final class FeedDocuments {

    private static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";
    private static final String DC = "http://purl.org/dc/elements/1.1/";
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private FeedDocuments() {
    }

    /** What the feeds say about the publication itself. */
    record Channel(String title, String description, String home, String self, Instant updated) {
    }

    static byte[] rss(Channel channel, List<FeedEntry> entries) {
        return write(xml -> {
            xml.writeStartElement("rss");
            xml.writeAttribute("version", "2.0");
            xml.writeNamespace("content", CONTENT);
            xml.writeNamespace("dc", DC);
            xml.writeNamespace("atom", ATOM);
            xml.writeStartElement("channel");
            text(xml, "title", channel.title());
            text(xml, "link", channel.home());
            text(xml, "description", channel.description());
            xml.writeEmptyElement("atom", "link", ATOM);
            xml.writeAttribute("href", channel.self());
            xml.writeAttribute("rel", "self");
            xml.writeAttribute("type", "application/rss+xml");
            text(xml, "lastBuildDate", rfc822(channel.updated()));
            for (FeedEntry entry : entries) {
                xml.writeStartElement("item");
                text(xml, "title", entry.title());
                text(xml, "link", entry.url());
                xml.writeStartElement("guid");
                xml.writeAttribute("isPermaLink", "true");
                characters(xml, entry.url());
                xml.writeEndElement();
                text(xml, "pubDate", rfc822(entry.published()));
                // RSS 2.0 has no element for a change after publication; Atom's, in its namespace, is the common way.
                if (entry.lastModified().isAfter(entry.published())) {
                    xml.writeStartElement("atom", "updated", ATOM);
                    characters(xml, entry.lastModified().toString());
                    xml.writeEndElement();
                }
                if (present(entry.byline())) {
                    xml.writeStartElement("dc", "creator", DC);
                    characters(xml, entry.byline());
                    xml.writeEndElement();
                }
                if (present(entry.dek())) {
                    text(xml, "description", entry.dek());
                }
                xml.writeStartElement("content", "encoded", CONTENT);
                characters(xml, entry.html());
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndElement();
        });
    }

    static byte[] atom(Channel channel, List<FeedEntry> entries) {
        return write(xml -> {
            xml.setDefaultNamespace(ATOM);
            xml.writeStartElement(ATOM, "feed");
            xml.writeDefaultNamespace(ATOM);
            text(xml, "id", channel.self());
            text(xml, "title", channel.title());
            text(xml, "subtitle", channel.description());
            text(xml, "updated", channel.updated().toString());
            link(xml, "self", channel.self(), "application/atom+xml");
            link(xml, "alternate", channel.home(), "text/html");
            for (FeedEntry entry : entries) {
                xml.writeStartElement(ATOM, "entry");
                text(xml, "id", entry.url());
                text(xml, "title", entry.title());
                link(xml, "alternate", entry.url(), "text/html");
                text(xml, "published", entry.published().toString());
                text(xml, "updated", entry.lastModified().toString());
                if (present(entry.byline())) {
                    xml.writeStartElement(ATOM, "author");
                    text(xml, "name", entry.byline());
                    xml.writeEndElement();
                }
                if (present(entry.dek())) {
                    text(xml, "summary", entry.dek());
                }
                xml.writeStartElement(ATOM, "content");
                xml.writeAttribute("type", "html");
                characters(xml, entry.html());
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeEndElement();
        });
    }

    /** A sitemap entry: an absolute address and when it last changed. */
    record Location(String url, Instant lastModified) {
    }

    static byte[] sitemap(List<Location> locations) {
        return write(xml -> {
            xml.setDefaultNamespace(SITEMAP);
            xml.writeStartElement(SITEMAP, "urlset");
            xml.writeDefaultNamespace(SITEMAP);
            for (Location location : locations) {
                xml.writeStartElement(SITEMAP, "url");
                text(xml, "loc", location.url());
                text(xml, "lastmod", location.lastModified().toString());
                xml.writeEndElement();
            }
            xml.writeEndElement();
        });
    }

    private interface Body {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    private static byte[] write(Body body) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = FACTORY.createXMLStreamWriter(bytes, StandardCharsets.UTF_8.name());
            xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
            body.write(xml);
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("could not write a feed", e);
        }
        return bytes.toByteArray();
    }

    /** An element in the current default namespace holding only text. */
    private static void text(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        String namespace = xml.getNamespaceContext().getNamespaceURI("");
        if (namespace == null || namespace.isEmpty()) {
            xml.writeStartElement(name);
        } else {
            xml.writeStartElement(namespace, name);
        }
        characters(xml, value);
        xml.writeEndElement();
    }

    /** Text with the characters XML 1.0 cannot hold (most control characters) left out. */
    private static void characters(XMLStreamWriter xml, String value) throws XMLStreamException {
        if (value == null) {
            return;
        }
        StringBuilder allowed = new StringBuilder(value.length());
        value.codePoints()
                .filter(c -> c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                        || c >= 0x10000)
                .forEach(allowed::appendCodePoint);
        xml.writeCharacters(allowed.toString());
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement(ATOM, "link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
        xml.writeAttribute("type", type);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static String rfc822(Instant instant) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.atOffset(ZoneOffset.UTC));
    }
}
