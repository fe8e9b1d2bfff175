package org.parallax.ingest.internal.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Decides about the short blocks of the article by their neighbours, as a reader would: a short line
 * between two paragraphs belongs to the text, a "Read more" label next to a link list belongs to the
 * list, and a heading counts when prose follows it.
 */
final class BlockContext {

    private enum Kind { PROSE, SHORT, LINKS }

    private static final int PROSE_LENGTH = 80;
    private static final double MOST_LINKS = 0.5;
    private static final double FEW_LINKS = 0.3;
    private static final Pattern HEADING = Pattern.compile("h[1-6]");
    private static final Pattern ITEM = Pattern.compile("li|dd|dt");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?\u2026\u3002][\"'\u201C\u201D\u00BB)]*$");

    private BlockContext() {
    }

    /** The blocks to keep; when none reads as prose (a page of dialogue, a poem), all but the link lists. */
    static List<TextBlock> keep(List<TextBlock> blocks) {
        int count = blocks.size();
        Kind[] kinds = new Kind[count];
        for (int i = 0; i < count; i++) {
            kinds[i] = kind(blocks.get(i));
        }
        boolean anyProse = false;
        for (Kind kind : kinds) {
            anyProse |= kind == Kind.PROSE;
        }
        List<TextBlock> kept = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            TextBlock block = blocks.get(i);
            boolean keep = switch (kinds[i]) {
                case PROSE -> true;
                case LINKS -> false;
                case SHORT -> !anyProse || !introducesLinks(kinds, i)
                        && keepShort(block, neighbour(kinds, i, -1), neighbour(kinds, i, +1));
            };
            if (keep) {
                kept.add(block);
            }
        }
        return kept;
    }

    private static boolean keepShort(TextBlock block, Kind before, Kind after) {
        if (HEADING.matcher(block.owner().normalName()).matches()) {
            return after == Kind.PROSE;
        }
        if (ITEM.matcher(block.owner().normalName()).matches() && (before == Kind.PROSE || after == Kind.PROSE)) {
            return true; // a list or table that sits in the text, after a paragraph or before one
        }
        // A short line that leads into prose is a subheading or a lead-in; one that ends the article
        // counts only when it reads like a sentence, since credits and notices gather there.
        return after == Kind.PROSE
                || before == Kind.PROSE && after == null && SENTENCE_END.matcher(block.text()).find();
    }

    /** A label or heading right before a link list ("Related:", "Tags") belongs to the list. */
    private static boolean introducesLinks(Kind[] kinds, int at) {
        return at + 1 < kinds.length && kinds[at + 1] == Kind.LINKS;
    }

    /** The kind of the nearest block that is not short, looking one way; LINKS past the edge. */
    private static Kind neighbour(Kind[] kinds, int from, int step) {
        for (int i = from + step; i >= 0 && i < kinds.length; i += step) {
            if (kinds[i] != Kind.SHORT) {
                return kinds[i];
            }
        }
        return null;
    }

    private static Kind kind(TextBlock block) {
        if (block.linkDensity() > MOST_LINKS || PromoText.isPromo(block.text())) {
            return Kind.LINKS;
        }
        if (block.length() - block.linkChars() >= PROSE_LENGTH && block.linkDensity() <= FEW_LINKS) {
            return Kind.PROSE;
        }
        return Kind.SHORT;
    }
}
