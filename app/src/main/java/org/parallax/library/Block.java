package org.parallax.library;

import java.util.Objects;

/** One structural piece of an article body. */
public sealed interface Block {

    String text();

    record Paragraph(String text) implements Block {
        public Paragraph {
            Objects.requireNonNull(text, "text");
        }
    }

    record Heading(String text) implements Block {
        public Heading {
            Objects.requireNonNull(text, "text");
        }
    }

    /** A quoted passage; {@code source} names where it came from, when known. */
    record BlockQuote(String text, Citation source) implements Block {
        public BlockQuote {
            Objects.requireNonNull(text, "text");
        }
    }

    /** The outlet or person a block quote is taken from, and where to read it. */
    record Citation(String name, String url) {
    }
}
