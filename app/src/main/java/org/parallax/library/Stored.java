package org.parallax.library;

/** The result of storing one draft: the article as now held and what changed. */
public record Stored(Article article, StoreOutcome outcome) {
}
