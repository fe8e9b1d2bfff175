package org.parallax.stories.internal.quotes;

import org.parallax.stories.QuoteFinder;
import org.parallax.stories.SpeakerLinks;

/** The quote finders of this package, for code outside Spring (benchmarks, measures, storage tests). */
public final class QuoteFinders {

    private QuoteFinders() {
    }

    public static QuoteFinder standard() {
        return new QuoteExtractor();
    }

    public static SpeakerLinks speakerLinks() {
        return new SpeakerLinker();
    }
}
