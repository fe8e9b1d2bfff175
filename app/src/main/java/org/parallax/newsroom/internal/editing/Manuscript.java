package org.parallax.newsroom.internal.editing;

import java.util.List;
import org.parallax.library.Block;

/**
 * What an editor's Markdown becomes: the blocks the library stores, and what in it was refused,
 * each as a sentence the editor can act on. Nothing is stored while {@code problems} is not empty.
 */
record Manuscript(List<Block> blocks, List<String> problems) {

    Manuscript {
        blocks = List.copyOf(blocks);
        problems = List.copyOf(problems);
    }

    boolean acceptable() {
        return problems.isEmpty();
    }
}
