package org.parallax.stories;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the people, places and organizations an article names. Short forms are resolved within
 * the article ("Gates" after "Robert Gates"), so each entity appears once under its full name.
 */
public interface EntityFinder {

    /** Every mention in reading order: the title first, then the paragraphs of the body. */
    List<EntityMention> mentions(String title, List<String> paragraphs);

    /**
     * The distinct entities of the article, in the order they are first named. A finder that knows
     * where places lie adds the country of each city or region named ("Houston": United States too).
     */
    default Set<Entity> entities(String title, List<String> paragraphs) {
        Set<Entity> entities = new LinkedHashSet<>();
        for (EntityMention mention : mentions(title, paragraphs)) {
            entities.add(mention.entity());
        }
        return entities;
    }
}
