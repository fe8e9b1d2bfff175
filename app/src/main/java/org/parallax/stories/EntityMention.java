package org.parallax.stories;

/**
 * One place in an article where an entity is named, as written there ("Gates", "U.S."), so a
 * page can mark it and a quote can find the speaker named just before it.
 *
 * @param paragraph 0 for the title, 1 for the first paragraph of the body, and so on
 * @param start the offset of the surface text within that paragraph
 */
public record EntityMention(Entity entity, String surface, int paragraph, int start) {
}
