package org.parallax.ingest;

import org.parallax.ingest.internal.extract.JsoupPageExtractor;

/** Page extraction without Spring, for command-line tools that must start fast. */
public final class PageExtractors {

    private PageExtractors() {
    }

    /** The same extractor the application uses as its {@link PageExtractor} bean; it keeps no state. */
    public static PageExtractor standard() {
        return new JsoupPageExtractor();
    }
}
