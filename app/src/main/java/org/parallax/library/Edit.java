package org.parallax.library;

/**
 * Who made a change to an article, and why: the newsroom's editor, an optional note for readers
 * and the history page, and whether it is minor (a typo fix: listed in the history, no notice).
 */
public record Edit(String author, String note, boolean minor) {

    /** A change nobody signs: imports and feeds. */
    public static final Edit UNATTRIBUTED = new Edit(null, null, false);

    public Edit {
        author = blankToNull(author);
        note = blankToNull(note);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
