package org.parallax.newsroom.internal.changes;

import org.parallax.newsroom.InvalidChange;

/** The checks every editor's note to readers passes: an update's or a correction's text. */
final class ChangeText {

    private ChangeText() {
    }

    /** The text trimmed, or a refusal that says what is wrong with it. */
    static String checked(String text, int maxCharacters, String what) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            throw new InvalidChange("Write the text of " + what + ".");
        }
        if (trimmed.length() > maxCharacters) {
            throw new InvalidChange("The text of " + what + " has " + trimmed.length() + " characters; at most "
                    + maxCharacters + " fit. Shorten it, or edit the article itself.");
        }
        return trimmed;
    }
}
