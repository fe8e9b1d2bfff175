package org.parallax.ingest.internal.feeds;

import java.net.URI;
import java.util.Locale;
import org.jsoup.nodes.Element;

/** The picture that goes with an item: Media RSS thumbnail or content, an image enclosure, or JSON Feed's image. */
final class Media {

    private Media() {
    }

    static String image(Element item, URI location) {
        for (Element element : item.getAllElements()) {
            if (element == item) {
                continue;
            }
            String name = Xml.localName(element);
            boolean media = Xml.namespace(element).equals(Xml.MEDIA);
            if (media && name.equals("thumbnail") && element.hasAttr("url")) {
                return Xml.link(element, location, element.attr("url"));
            }
            if (media && name.equals("content") && isImage(element)) {
                return Xml.link(element, location, element.attr("url"));
            }
            boolean enclosure = name.equals("enclosure") || (name.equals("link") && element.attr("rel").equals("enclosure"));
            if (enclosure && isImage(element)) {
                String url = element.hasAttr("url") ? element.attr("url") : element.attr("href");
                return Xml.link(element, location, url);
            }
        }
        return null;
    }

    private static boolean isImage(Element element) {
        String type = element.attr("type").toLowerCase(Locale.ROOT);
        String url = element.hasAttr("url") ? element.attr("url") : element.attr("href");
        return !url.isBlank() && (type.startsWith("image/") || element.attr("medium").equals("image")
                || url.toLowerCase(Locale.ROOT).matches(".*\\.(jpe?g|png|gif|webp|avif)(\\?.*)?"));
    }
}
