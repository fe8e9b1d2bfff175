package org.parallax.ingest.internal.extract;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Cuts what a site appends after the article inside the chosen container: an author box, a
 * promotion, a teaser for the next story. The article starts with the container's first block and
 * runs to the end of its core, the smallest element around that block's parent that holds most of the
 * container's prose. Blocks after the core go, unless they hold a good part of the prose
 * themselves (the article goes on in a second wrapper).
 */
final class ArticleCore {

    /** The core holds at least this share of the container's prose. */
    private static final double MOST = 0.7;
    /** What follows the core is kept when it holds more than this share of the prose. */
    private static final double A_GOOD_PART = 0.3;
    private static final int MAX_CLIMB = 80;

    private ArticleCore() {
    }

    static List<TextBlock> trimTail(List<TextBlock> blocks) {
        if (blocks.isEmpty()) {
            return blocks;
        }
        Map<Element, Integer> prose = new IdentityHashMap<>();
        int total = 0;
        for (TextBlock block : blocks) {
            if (MainContent.isProse(block)) {
                int length = plain(block);
                total += length;
                Element element = block.owner();
                for (int climbed = 0; element != null && climbed < MAX_CLIMB; climbed++) {
                    prose.merge(element, length, Integer::sum);
                    element = element.parent();
                }
            }
        }
        Element core = blocks.get(0).owner().parent(); // a paragraph alone is no core: its list would go
        for (int climbed = 0; core != null && prose.getOrDefault(core, 0) < MOST * total; climbed++) {
            core = climbed < MAX_CLIMB ? core.parent() : null;
        }
        if (total == 0 || core == null) {
            return blocks;
        }
        int end = 0;
        while (end < blocks.size() && within(blocks.get(end).owner(), core)) {
            end++;
        }
        int after = 0;
        for (TextBlock block : blocks.subList(end, blocks.size())) {
            if (MainContent.isProse(block)) {
                after += plain(block);
            }
        }
        return after > A_GOOD_PART * total ? blocks : blocks.subList(0, end);
    }

    private static int plain(TextBlock block) {
        return block.length() - block.linkChars();
    }

    private static boolean within(Element element, Element ancestor) {
        for (int climbed = 0; element != null && climbed <= MAX_CLIMB * 8; climbed++) {
            if (element == ancestor) {
                return true;
            }
            element = element.parent();
        }
        return false;
    }
}
