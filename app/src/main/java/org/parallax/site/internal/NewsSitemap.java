package org.parallax.site.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A Google News sitemap: the sitemap protocol with a {@code news:news} element per article naming
 * the publication, the language, the publication date and the headline. Headlines are open to
 * everyone, so no gated word can be in it.
 */
final class NewsSitemap {

    private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String NEWS = "http://www.google.com/schemas/sitemap-news/0.9";
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    /** One article: its absolute address, headline, language (ISO 639) and when it was published. */
    record Entry(String url, String title, String language, Instant published) {
    }

    private NewsSitemap() {
    }

    static byte[] of(String publication, List<Entry> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = FACTORY.createXMLStreamWriter(bytes, StandardCharsets.UTF_8.name());
            xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
            xml.setDefaultNamespace(SITEMAP);
            xml.setPrefix("news", NEWS);
            xml.writeStartElement(SITEMAP, "urlset");
            xml.writeDefaultNamespace(SITEMAP);
            xml.writeNamespace("news", NEWS);
            for (Entry entry : entries) {
                xml.writeStartElement(SITEMAP, "url");
                text(xml, SITEMAP, "loc", entry.url());
                xml.writeStartElement(NEWS, "news");
                xml.writeStartElement(NEWS, "publication");
                text(xml, NEWS, "name", publication);
                text(xml, NEWS, "language", entry.language() == null ? "en" : entry.language());
                xml.writeEndElement();
                text(xml, NEWS, "publication_date", entry.published().toString());
                text(xml, NEWS, "title", entry.title());
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("could not write the news sitemap", e);
        }
        return bytes.toByteArray();
    }

    private static void text(XMLStreamWriter xml, String namespace, String name, String value) throws XMLStreamException {
        xml.writeStartElement(namespace, name);
        // XML 1.0 cannot hold most control characters; a headline pasted with one still makes a valid file.
        StringBuilder allowed = new StringBuilder(value.length());
        value.codePoints()
                .filter(c -> c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                        || c >= 0x10000)
                .forEach(allowed::appendCodePoint);
        xml.writeCharacters(allowed.toString());
        xml.writeEndElement();
    }
}
