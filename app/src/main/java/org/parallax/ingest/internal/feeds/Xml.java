package org.parallax.ingest.internal.feeds;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Namespaces and {@code xml:base} over jsoup's XML tree, which keeps prefixed names as written.
 * A prefix is resolved through the {@code xmlns} declarations in scope; the usual prefixes still
 * work when a careless feed forgot to declare them.
 */
final class Xml {

    static final String ATOM_10 = "http://www.w3.org/2005/Atom";
    static final String ATOM_03 = "http://purl.org/atom/ns#";
    static final String DC = "http://purl.org/dc/elements/1.1/";
    static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";
    static final String MEDIA = "http://search.yahoo.com/mrss/";
    static final String ITUNES = "http://www.itunes.com/dtds/podcast-1.0.dtd";
    /** RSS has no namespace, or one of these; their elements mean the same. */
    static final Set<String> RSS = Set.of("", "http://purl.org/rss/1.0/", "http://my.netscape.com/rdf/simple/0.9/",
            "http://backend.userland.com/rss2", "http://backend.userland.com/rss");
    static final Set<String> ATOM = Set.of(ATOM_10, ATOM_03);

    private static final Map<String, String> USUAL_PREFIXES = Map.of("dc", DC, "content", CONTENT, "media", MEDIA,
            "atom", ATOM_10, "itunes", ITUNES);

    private Xml() {
    }

    static String localName(Element element) {
        String name = element.tagName();
        return name.substring(name.indexOf(':') + 1);
    }

    static String namespace(Element element) {
        String name = element.tagName();
        int colon = name.indexOf(':');
        String prefix = colon < 0 ? "" : name.substring(0, colon);
        String attribute = prefix.isEmpty() ? "xmlns" : "xmlns:" + prefix;
        for (Element scope = element; scope != null; scope = scope.parent()) {
            if (scope.hasAttr(attribute)) {
                return canonical(scope.attr(attribute));
            }
        }
        return USUAL_PREFIXES.getOrDefault(prefix, "");
    }

    /** Feeds spell well-known namespaces with stray spaces, case or a trailing slash. */
    private static String canonical(String uri) {
        String trimmed = uri.strip();
        if (trimmed.equalsIgnoreCase(ITUNES)) {
            return ITUNES;
        }
        return trimmed.equals(MEDIA.substring(0, MEDIA.length() - 1)) ? MEDIA : trimmed;
    }

    static boolean is(Element element, Set<String> namespaces, String localName) {
        return localName(element).equals(localName) && namespaces.contains(namespace(element));
    }

    static boolean is(Element element, String namespace, String localName) {
        return localName(element).equals(localName) && namespace.equals(namespace(element));
    }

    static Element child(Element parent, Set<String> namespaces, String localName) {
        for (Element child : parent.children()) {
            if (is(child, namespaces, localName)) {
                return child;
            }
        }
        return null;
    }

    static Element child(Element parent, String namespace, String localName) {
        return child(parent, Set.of(namespace), localName);
    }

    static List<Element> children(Element parent, Set<String> namespaces, String localName) {
        List<Element> found = new ArrayList<>();
        for (Element child : parent.children()) {
            if (is(child, namespaces, localName)) {
                found.add(child);
            }
        }
        return found;
    }

    static String text(Element element) {
        return element == null ? null : Texts.clean(element.wholeText());
    }

    /** The base URI in force at an element: the document's location refined by every {@code xml:base} above it. */
    static URI base(Element element, URI location) {
        List<String> bases = new ArrayList<>();
        for (Element scope = element; scope != null; scope = scope.parent()) {
            if (scope.hasAttr("xml:base")) {
                bases.addFirst(scope.attr("xml:base").strip());
            }
        }
        URI base = location;
        for (String declared : bases) {
            URI refined = resolve(base, declared);
            base = refined == null ? base : refined;
        }
        return base;
    }

    /**
     * Where items' relative links point from: the feed's web address, or, for a feed read from a
     * file, the site the feed names as its own (a file path would make no sense in a link).
     */
    static URI baseFor(URI location, String feedLink) {
        boolean onTheWeb = location != null && location.getScheme() != null && location.getScheme().startsWith("http");
        if (onTheWeb || feedLink == null) {
            return location;
        }
        URI site = resolve(null, feedLink);
        return site != null && site.isAbsolute() ? site : location;
    }

    /** A link made absolute where possible; a link that cannot be read as a URI is kept as written. */
    static String link(Element at, URI location, String raw) {
        String cleaned = Texts.clean(raw);
        if (cleaned == null) {
            return null;
        }
        URI resolved = resolve(base(at, location), cleaned);
        return resolved == null ? cleaned : resolved.toString();
    }

    private static URI resolve(URI base, String reference) {
        try {
            URI uri = new URI(reference.replace(" ", "%20"));
            if (base == null || uri.isAbsolute() || base.isOpaque()) {
                return uri;
            }
            // java.net.URI drops the slash between a bare host and a relative path
            URI rooted = base.getRawPath() == null || base.getRawPath().isEmpty() ? base.resolve("/") : base;
            return rooted.resolve(uri);
        } catch (Exception unreadable) {
            return null;
        }
    }
}
