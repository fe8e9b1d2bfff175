package org.parallax.stories;

import java.util.List;

/**
 * Links each quote's speaker to a person the article names, so a story can list who is quoted
 * across outlets under one entity. A title ("the minister") is linked only where the article ties
 * it to a name ("The fisheries minister, Mara Lindqvist, ...").
 */
public interface SpeakerLinks {

    /**
     * The quotes in the same order, each with its speaker's entity or none.
     *
     * @param paragraphs the article's paragraphs the quotes were found in
     * @param mentions   the entity mentions of the same article, as {@link EntityFinder#mentions} gives them
     */
    List<AttributedQuote> attribute(List<String> paragraphs, List<Quote> quotes, List<EntityMention> mentions);
}
