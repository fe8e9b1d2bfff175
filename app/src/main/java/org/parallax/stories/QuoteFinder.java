package org.parallax.stories;

import java.util.List;

/**
 * Finds the direct quotes in one article and attributes each to its speaker. Reported speech
 * ("X said that ...") is not a quote; scare quotes, titles of works and quoted terms with no
 * speaker are left out.
 */
public interface QuoteFinder {

    /** The quotes in an article's paragraphs, in reading order. */
    List<Quote> quotesIn(List<String> paragraphs);
}
