package org.parallax.site.internal;

import java.util.List;
import org.parallax.access.AccessPolicy;
import org.parallax.access.Reach;
import org.parallax.access.ReadableText;
import org.parallax.library.AccessLevel;
import org.parallax.library.Article;
import org.parallax.library.Block;

/**
 * The readable body split where the paywall falls: {@code open} is what anyone may read, and
 * {@code paywalled} the gated part, non-empty only for a reader entitled to it. Pages put the
 * paywalled part in the {@code .paywalled} element that the JSON-LD {@code hasPart} names.
 */
public record StoryBody(List<Block> open, List<Block> paywalled) {

    public StoryBody {
        open = List.copyOf(open);
        paywalled = List.copyOf(paywalled);
    }

    static StoryBody of(Article article, ReadableText readable, AccessPolicy access) {
        List<Block> blocks = readable.blocks();
        if (readable.entitlement().reach() != Reach.FULL || !gated(article)) {
            return new StoryBody(blocks, List.of());
        }
        int openCount = Math.min(access.open(article).blocks().size(), blocks.size());
        return new StoryBody(blocks.subList(0, openCount), blocks.subList(openCount, blocks.size()));
    }

    /** The publication's own article that not everyone may read in full. */
    static boolean gated(Article article) {
        return article.own() && article.access() != null && article.access() != AccessLevel.FREE;
    }
}
