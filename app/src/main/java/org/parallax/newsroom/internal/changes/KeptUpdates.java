package org.parallax.newsroom.internal.changes;

import java.util.ArrayList;
import java.util.List;
import org.parallax.library.Block;

/**
 * Updates survive an edit of the article's Markdown, which has no way to write them: the editing
 * desk passes the body it is about to store through {@link #into} so the updates the article
 * carries stay where they stood (those before the first other block at the top, the rest at the end).
 */
public final class KeptUpdates {

    private KeptUpdates() {
    }

    /**
     * @param edited  the body as the editor's new version has it (updates it holds already are kept once)
     * @param current the body the library holds now
     */
    public static List<Block> into(List<Block> edited, List<Block> current) {
        List<Block> top = new ArrayList<>();
        List<Block> end = new ArrayList<>();
        boolean leading = true;
        for (Block block : current) {
            if (!(block instanceof Block.Update update)) {
                leading = false;
            } else if (!edited.contains(update)) {
                (leading ? top : end).add(update);
            }
        }
        List<Block> body = new ArrayList<>(top);
        body.addAll(edited);
        body.addAll(end);
        return body;
    }
}
