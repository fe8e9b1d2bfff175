package org.parallax.stories;

/** An entity and how many articles of a story (or of the library) name it. */
public record EntityCount(NamedEntity entity, int articles) {
}
