package org.parallax.library;

import java.time.Instant;
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

    /**
     * An update appended to a published article, shown with its time where it stands in the body
     * (at the top or the end). Its text is body text like any other, so search and stories read it.
     *
     * @param at     when the update was made
     * @param credit the reader credited for the tip behind it, or null
     * @param tipId  the reader's tip it follows from, or null
     */
    record Update(Instant at, String text, String credit, String tipId) implements Block {
        public Update {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(text, "text");
        }
    }

    /** The outlet or person a block quote is taken from, and where to read it. */
    record Citation(String name, String url) {
    }
}
