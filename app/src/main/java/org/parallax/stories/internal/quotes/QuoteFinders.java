package org.parallax.stories.internal.quotes;

import org.parallax.stories.QuoteFinder;

/** The quote finders of this package, for code outside Spring (benchmarks, measures, storage tests). */
public final class QuoteFinders {

    private QuoteFinders() {
    }

    public static QuoteFinder standard() {
        return new QuoteExtractor();
    }
}
