package org.parallax.ingest.internal.extract;

import org.jsoup.nodes.Element;
import org.parallax.library.Block;

/**
 * Block quotes and the sources they name: a {@code cite} attribute gives the address, a
 * {@code <footer>} or {@code <cite>} inside the quote, or the caption of a {@code <figure>} around
 * it, gives the name.
 */
final class Quotes {

    private static final int MAX_CLIMB = 40;

    private Quotes() {
    }

    /** The nearest {@code <blockquote>} around an element, or null. */
    static Element enclosing(Element element) {
        Element current = element;
        for (int climbed = 0; current != null && climbed < MAX_CLIMB; climbed++) {
            if (current.normalName().equals("blockquote")) {
                return current;
            }
            current = current.parent();
        }
        return null;
    }

    /** True when the element is the quote's footer, which names the source rather than quoting it. */
    static boolean isCitation(Element element, Element quote) {
        return element.normalName().equals("footer") && element.parent() == quote;
    }

    /** True for the caption of a figure that holds a quote: it is the quote's source, not text. */
    static boolean isQuoteCaption(Element element) {
        Element parent = element.parent();
        return element.normalName().equals("figcaption") && parent != null
                && !parent.getElementsByTag("blockquote").isEmpty();
    }

    /** The quote's source, or null when it names none. */
    static Block.Citation citation(Element quote) {
        String url = quote.absUrl("cite");
        if (url.isEmpty()) {
            url = quote.attr("cite").strip();
        }
        String name = null;
        Element named = quote.selectFirst("> footer, cite");
        if (named == null && quote.parent() != null && quote.parent().normalName().equals("figure")) {
            named = quote.parent().selectFirst("> figcaption");
        }
        if (named != null) {
            name = named.text().replaceFirst("^[\\s\\u2014\\u2013-]+", "").strip();
        }
        if ((name == null || name.isEmpty()) && url.isEmpty()) {
            return null;
        }
        return new Block.Citation(name == null || name.isEmpty() ? null : name, url.isEmpty() ? null : url);
    }
}
