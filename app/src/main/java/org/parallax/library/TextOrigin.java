package org.parallax.library;

import java.util.Arrays;
import java.util.Optional;

/** Where an article's text came from. */
public enum TextOrigin {
    /** The article itself: its page, an imported file, the newsroom. */
    SOURCE("source"),
    /** The full content a feed carried, because the page could not be read. */
    FEED_CONTENT("feed-content"),
    /** Only the summary a feed carried, because the page could not be read. */
    FEED_SUMMARY("feed-summary");

    private final String code;

    TextOrigin(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public boolean fromFeed() {
        return this != SOURCE;
    }

    public static Optional<TextOrigin> fromCode(String code) {
        return Arrays.stream(values()).filter(origin -> origin.code.equals(code)).findFirst();
    }
}
