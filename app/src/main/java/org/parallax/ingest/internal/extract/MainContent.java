package org.parallax.ingest.internal.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Finds the element that holds the article. Every text block gets a value: long plain text counts
 * for, link text and short scraps count against. An element's score is the sum of the values
 * inside it, and the article is the element with the highest score: the smallest part of the page
 * that takes in the prose and leaves out the link lists and scraps around it.
 */
final class MainContent {

    /** Blocks deeper than this below the body add to no further ancestors; it bounds the work. */
    private static final int MAX_CLIMB = 80;
    /** What a block must make up for before it counts for its container: a date, a label, a button. Small, since data tables are made of such scraps. */
    private static final int SCRAP = 4;
    private static final int PROSE = 25;
    /** Link text counts against a container as much as plain text counts for it. */
    private static final double LINK_WEIGHT = 1;

    /** A candidate outside the sidebars is taken over a sidebar's when it scores this share of it. */
    private static final double SIDEBAR_RIVAL = 0.5;

    private MainContent() {
    }

    /** The blocks of the element that holds the article, in reading order. */
    static List<TextBlock> select(List<TextBlock> blocks, Element body) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (TextBlock block : blocks) {
            double value = value(block);
            Element element = block.owner();
            for (int climbed = 0; element != null && climbed < MAX_CLIMB; climbed++) {
                scores.merge(element, value, Double::sum);
                if (element == body) {
                    break;
                }
                element = element.parent();
            }
        }
        Element best = body;
        double bestScore = Double.NEGATIVE_INFINITY;
        Element bestMain = null;
        double bestMainScore = Double.NEGATIVE_INFINITY;
        for (Map.Entry<Element, Double> entry : scores.entrySet()) {
            double score = entry.getValue() * (ClassHints.isContent(entry.getKey()) ? 1.1 : 1.0);
            if (score > bestScore) {
                best = entry.getKey();
                bestScore = score;
            }
            if (score > bestMainScore && !inSidebar(entry.getKey(), body)) {
                bestMain = entry.getKey();
                bestMainScore = score;
            }
        }
        if (bestMain != null && bestMain != best && inSidebar(best, body) && bestMainScore > SIDEBAR_RIVAL * bestScore) {
            best = bestMain;
        }
        List<TextBlock> inside = new ArrayList<>();
        for (TextBlock block : blocks) {
            if (within(block.owner(), best)) {
                inside.add(block);
            }
        }
        return inside;
    }

    /** True for text that reads like sentences rather than a label, a date or a link. */
    static boolean isProse(TextBlock block) {
        return block.length() - 3 * block.linkChars() > PROSE;
    }

    static double value(TextBlock block) {
        int links = block.linkChars();
        int plain = block.length() - links;
        double value = plain - LINK_WEIGHT * links - SCRAP;
        if (block.owner().normalName().equals("p")) {
            value += 10;
        }
        return value;
    }

    /** True when the element is, or sits in, an {@code <aside>} or an element named sidebar or widget. */
    static boolean inSidebar(Element element, Element body) {
        for (int climbed = 0; element != null && element != body && climbed <= MAX_CLIMB * 8; climbed++) {
            if (element.normalName().equals("aside") || ClassHints.isSidebar(element)) {
                return true;
            }
            element = element.parent();
        }
        return false;
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
