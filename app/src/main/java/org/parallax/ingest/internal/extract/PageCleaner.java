package org.parallax.ingest.internal.extract;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Removes from a page's body what is never the article: code, media, forms, hidden elements, and
 * the navigation, comments, share bars and promotions that tags and class names give away. An
 * element that holds most of the page's text is kept whatever its names say, because sites put
 * words like "sidebar" or "comments-open" on their outermost wrappers.
 */
final class PageCleaner {

    private static final String NEVER_TEXT = "script, style, noscript, template, svg, math, canvas, iframe, object, "
            + "embed, video, audio, picture, img, map, input, button, select, textarea, option, link, meta, head, "
            + "dialog";
    private static final Set<String> FURNITURE_TAGS = Set.of("nav", "aside", "footer", "header", "menu");
    private static final Pattern HIDDEN_STYLE = Pattern.compile(
            "(display\\s*:\\s*none|visibility\\s*:\\s*hidden)", Pattern.CASE_INSENSITIVE);
    /** An element with more than this share of the page's text is too big to be furniture. */
    private static final double MOST_OF_THE_PAGE = 0.5;

    private PageCleaner() {
    }

    static void clean(Element body) {
        body.select(NEVER_TEXT).remove();
        Map<Element, Integer> textLengths = textLengths(body);
        int pageText = Math.max(1, textLengths.getOrDefault(body, 0));
        Deque<Element> pending = new ArrayDeque<>();
        pending.push(body);
        while (!pending.isEmpty()) {
            Element element = pending.pop();
            if (element != body && isFurniture(element)
                    && textLengths.getOrDefault(element, 0) <= MOST_OF_THE_PAGE * pageText) {
                element.remove();
                continue;
            }
            List<Element> children = element.children();
            for (int i = children.size() - 1; i >= 0; i--) {
                pending.push(children.get(i));
            }
        }
    }

    private static boolean isFurniture(Element element) {
        if (insideQuote(element)) {
            return false; // a quote's footer or caption names its source
        }
        if (FURNITURE_TAGS.contains(element.normalName())) {
            return true;
        }
        if (element.hasAttr("hidden") || "true".equals(element.attr("aria-hidden"))
                || HIDDEN_STYLE.matcher(element.attr("style")).find()) {
            return true;
        }
        return ClassHints.isFurniture(element);
    }

    private static boolean insideQuote(Element element) {
        String tag = element.normalName();
        if (!tag.equals("footer") && !tag.equals("figcaption") && !tag.equals("cite")) {
            return false;
        }
        Element parent = element.parent();
        return parent != null && (parent.normalName().equals("blockquote")
                || parent.normalName().equals("figure") && !parent.getElementsByTag("blockquote").isEmpty());
    }

    /** The length of the text inside every element, counted in one iterative pass. */
    private static Map<Element, Integer> textLengths(Element root) {
        Map<Element, Integer> lengths = new IdentityHashMap<>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
            }

            @Override
            public void tail(Node node, int depth) {
                Element parent = node.parent() instanceof Element element ? element : null;
                if (parent == null || node == root) {
                    return;
                }
                int own = node instanceof TextNode text ? text.text().length()
                        : node instanceof Element element ? lengths.getOrDefault(element, 0) : 0;
                if (own > 0) {
                    lengths.merge(parent, own, Integer::sum);
                }
            }
        }, root);
        return lengths;
    }
}
