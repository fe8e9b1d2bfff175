package org.parallax.access;

import java.util.List;
import org.parallax.library.Block;

/**
 * The part of an article body a visitor may be shown, with the decision behind it.
 * {@code truncated} says whether more text exists beyond what is shown.
 */
public record ReadableText(Entitlement entitlement, List<Block> blocks, boolean truncated) {

    public ReadableText {
        blocks = List.copyOf(blocks);
    }
}
