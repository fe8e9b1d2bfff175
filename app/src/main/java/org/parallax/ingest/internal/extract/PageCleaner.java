package org.parallax.ingest.internal.extract;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Removes from a page's body what is never the article: code, media, forms, hidden elements, and
 * the navigation, comments, share bars and promotions that tags and class names give away. An
 * element that holds most of the page's prose is kept whatever its names say, because sites put
 * words like "sidebar" or "comments-open" on their outermost wrappers; so is the page's densest run of
 * paragraphs ({@link ProseCore}) with its ancestors.
 */
final class PageCleaner {

    private static final String NEVER_TEXT = "script, style, noscript, template, svg, math, canvas, iframe, object, "
            + "embed, video, audio, picture, img, map, input, button, select, textarea, option, link, meta, head, "
            + "dialog";
    /** Dialogs by their semantics: cookie consent, login and newsletter boxes, whatever prose they hold. */
    private static final String DIALOGS = "[role=dialog], [role=alertdialog], [aria-modal=true]";
    private static final Set<String> FURNITURE_TAGS = Set.of("nav", "aside", "footer", "header", "menu", "figcaption");
    private static final Pattern HIDDEN_STYLE = Pattern.compile(
            "(display\\s*:\\s*none|visibility\\s*:\\s*hidden)", Pattern.CASE_INSENSITIVE);
    /** An element with more than this share of the page's prose is too big to be furniture. */
    static final double MOST_OF_THE_PAGE = 0.5;
    /** The share a second, gentler cleaning protects, when the first one left too little of the page. */
    static final double A_GOOD_PART_OF_THE_PAGE = 0.15;

    private static final int MAX_CLIMB = 80;
    /** A noscript with this much text and a paragraph in it holds the article, not a notice. */
    private static final int NOSCRIPT_PROSE = 300;

    private PageCleaner() {
    }

    /**
     * Cleans the body, keeping any furniture-looking element that holds more than {@code protectedShare}
     * of the page's prose. Returns how much prose the page held after the never-text elements went.
     */
    static int clean(Element body, double protectedShare) {
        unwrapProseFallbacks(body);
        body.select(NEVER_TEXT).remove();
        body.select(DIALOGS).remove();
        removeNamedDialogs(body);
        List<TextBlock> blocks = TextBlocks.of(body);
        Map<Element, Integer> prose = proseLengths(blocks, body);
        Set<Element> core = ProseCore.withAncestors(ProseCore.find(blocks));
        int pageProse = Math.max(1, prose.getOrDefault(body, 0));
        Deque<Element> pending = new ArrayDeque<>();
        pending.push(body);
        while (!pending.isEmpty()) {
            Element element = pending.pop();
            if (element != body && !core.contains(element) && proseOfKind(element, prose) <= spareAbove(element, protectedShare) * pageProse) {
                element.remove();
                continue;
            }
            List<Element> children = element.children();
            for (int i = children.size() - 1; i >= 0; i--) {
                pending.push(children.get(i));
            }
        }
        return pageProse;
    }

    /** Removes the elements whose class or id names them a dialog, outermost first. */
    private static void removeNamedDialogs(Element body) {
        Deque<Element> pending = new ArrayDeque<>(body.children());
        while (!pending.isEmpty()) {
            Element element = pending.pop();
            if (ClassHints.isDialog(element)) {
                element.remove();
            } else {
                List<Element> children = element.children();
                for (int i = children.size() - 1; i >= 0; i--) {
                    pending.push(children.get(i));
                }
            }
        }
    }

    /**
     * Some sites (Blogger among them) render the post with a script and put the same post in a
     * {@code <noscript>} for readers without one: a noscript that holds paragraphs of prose is read as
     * text, while the usual tracking pixels and "enable JavaScript" lines are removed with the rest.
     */
    private static void unwrapProseFallbacks(Element body) {
        for (Element noscript : body.getElementsByTag("noscript")) {
            if (noscript.parent() != null && noscript.text().length() >= NOSCRIPT_PROSE
                    && !noscript.getElementsByTag("p").isEmpty()) {
                noscript.unwrap();
            }
        }
    }

    /**
     * The share of the page's prose above which the element is kept although it looks like furniture;
     * negative when it does not look like furniture. Hidden elements and sure class words ("comments",
     * "related") are spared only when they hold most of the page; furniture tags and weaker words
     * ("header", "side") also when they hold {@code weakShare} of it.
     */
    private static double spareAbove(Element element, double weakShare) {
        if (insideQuote(element)) {
            return -1; // a quote's footer or caption names its source
        }
        if (element.normalName().equals("main") || element.hasAttr("itemprop")
                && element.attr("itemprop").equals("articleBody")) {
            return -1;
        }
        if (element.hasAttr("hidden") || "true".equals(element.attr("aria-hidden"))
                || HIDDEN_STYLE.matcher(element.attr("style")).find()) {
            return MOST_OF_THE_PAGE;
        }
        ClassHints.Furniture named = ClassHints.furniture(element);
        if (named == ClassHints.Furniture.SURE) {
            return MOST_OF_THE_PAGE;
        }
        if (named == ClassHints.Furniture.MAYBE) {
            return weakShare;
        }
        return FURNITURE_TAGS.contains(element.normalName()) && !isArticleHeader(element) ? weakShare : -1;
    }

    /** The header of an {@code <article>} holds its title and often its lead; the page's own header does not. */
    private static boolean isArticleHeader(Element element) {
        if (!element.normalName().equals("header")) {
            return false;
        }
        for (Element up = element.parent(); up != null; up = up.parent()) {
            if (up.normalName().equals("article")) {
                return true;
            }
        }
        return false;
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

    /**
     * The prose of the element and of its siblings of the same tag and class: an article cut into
     * sections named alike ("report-section has-ads") is judged as a whole, not section by section.
     */
    private static int proseOfKind(Element element, Map<Element, Integer> prose) {
        int own = prose.getOrDefault(element, 0);
        Element parent = element.parent();
        if (own == 0 || parent == null || element.className().isEmpty()) {
            return own;
        }
        int total = 0;
        for (Element sibling : parent.children()) {
            if (sibling.normalName().equals(element.normalName()) && sibling.className().equals(element.className())) {
                total += prose.getOrDefault(sibling, 0);
            }
        }
        return total;
    }

    /** How much prose (text of blocks that read like sentences, not links or labels) each element holds. */
    private static Map<Element, Integer> proseLengths(List<TextBlock> blocks, Element root) {
        Map<Element, Integer> lengths = new IdentityHashMap<>();
        for (TextBlock block : blocks) {
            if (!MainContent.isProse(block)) {
                continue;
            }
            int prose = block.length() - block.linkChars();
            Element element = block.owner();
            for (int climbed = 0; element != null && climbed < MAX_CLIMB; climbed++) {
                lengths.merge(element, prose, Integer::sum);
                if (element == root) {
                    break;
                }
                element = element.parent();
            }
        }
        return lengths;
    }
}
