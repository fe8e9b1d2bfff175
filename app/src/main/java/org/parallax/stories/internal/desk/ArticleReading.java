package org.parallax.stories.internal.desk;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parallax.library.AccessLevel;
import org.parallax.library.Article;
import org.parallax.library.Block;
import org.parallax.stories.Entity;
import org.parallax.stories.EntityFinder;
import org.parallax.stories.EntityMention;
import org.parallax.stories.QuoteFinder;
import org.parallax.stories.SpeakerLinks;
import org.parallax.stories.AttributedQuote;
import org.parallax.stories.internal.clustering.ArticleSignal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads an article for the desk: finds its entities and quotes and makes the clusterer's signal. */
final class ArticleReading {

    private static final Logger log = LoggerFactory.getLogger(ArticleReading.class);

    private final EntityFinder entities;
    private final QuoteFinder quotes;
    private final SpeakerLinks speakers;
    private final Clock clock;
    private final Duration futureTolerance;

    ArticleReading(EntityFinder entities, QuoteFinder quotes, SpeakerLinks speakers, Clock clock, Duration futureTolerance) {
        this.entities = entities;
        this.quotes = quotes;
        this.speakers = speakers;
        this.clock = clock;
        this.futureTolerance = futureTolerance;
    }

    FiledArticle read(Article article) {
        Instant published = filingTime(article);
        List<String> paragraphs = article.body().stream().map(Block::text).filter(text -> !text.isBlank()).toList();
        if (paragraphs.isEmpty()) {
            log.info("Article {} has no text; it is filed by its title alone", article.id());
        }
        List<String> open = openParagraphs(article, paragraphs);
        List<EntityMention> mentions = entities.mentions(article.title(), open);
        List<AttributedQuote> found = speakers.attribute(open, quotes.quotesIn(open), mentions);
        Map<Entity, Integer> counts = counts(gated(article) ? entities.mentions(article.title(), paragraphs) : mentions);
        ArticleSignal signal = new ArticleSignal(article.id(), published, article.language(), article.title(),
                String.join("\n\n", paragraphs), counts);
        return new FiledArticle(article, published, mentions, found, signal);
    }

    /** An article dated in the future is filed as published now, so it cannot hold a story open. */
    private Instant filingTime(Article article) {
        Instant now = clock.instant();
        if (article.published().isAfter(now.plus(futureTolerance))) {
            log.info("Article {} is dated {}, in the future; it is filed as published now", article.id(), article.published());
            return now;
        }
        return article.published();
    }

    /** What anyone may read: a gated article's title and dek, never its body. */
    private static List<String> openParagraphs(Article article, List<String> paragraphs) {
        if (!gated(article)) {
            return paragraphs;
        }
        List<String> open = new ArrayList<>();
        if (article.dek() != null && !article.dek().isBlank()) {
            open.add(article.dek());
        }
        return open;
    }

    private static boolean gated(Article article) {
        return article.own() && article.access() != null && article.access() != AccessLevel.FREE;
    }

    private static Map<Entity, Integer> counts(List<EntityMention> mentions) {
        Map<Entity, Integer> counts = new LinkedHashMap<>();
        for (EntityMention mention : mentions) {
            counts.merge(mention.entity(), 1, Integer::sum);
        }
        return counts;
    }
}
