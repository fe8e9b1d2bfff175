package org.parallax.ingest.internal.extract;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * The page's densest run of paragraphs: the element whose own {@code <p>} children hold the most
 * prose. On nearly every page that is the article's body, whatever its class says ("paywall",
 * "sidebar_right" on a wrapper), while comments, cookie notices and teasers spread their text over
 * many small containers. The cleaner never removes it or its ancestors for their names, and when
 * the extraction finds next to nothing, its paragraphs are the last resort.
 */
final class ProseCore {

    /** Below this much prose in one run of paragraphs a page has no core worth protecting. */
    static final int MIN_PROSE = 300;

    private ProseCore() {
    }

    /** The element holding the densest run of paragraphs, or null when no run reaches {@link #MIN_PROSE}. */
    static Element find(List<TextBlock> blocks) {
        Map<Element, Integer> runs = new IdentityHashMap<>();
        for (TextBlock block : blocks) {
            Element owner = block.owner();
            if (owner.normalName().equals("p") && owner.parent() != null && MainContent.isProse(block)) {
                runs.merge(owner.parent(), block.length() - block.linkChars(), Integer::sum);
            }
        }
        Element core = null;
        int most = MIN_PROSE - 1;
        for (Map.Entry<Element, Integer> run : runs.entrySet()) {
            if (run.getValue() > most) {
                core = run.getKey();
                most = run.getValue();
            }
        }
        return core;
    }

    /** The core and all its ancestors, which the cleaner keeps whatever their names; empty without a core. */
    static Set<Element> withAncestors(Element core) {
        if (core == null) {
            return Set.of();
        }
        Set<Element> line = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element element = core; element != null; element = element.parent()) {
            line.add(element);
        }
        return line;
    }
}
