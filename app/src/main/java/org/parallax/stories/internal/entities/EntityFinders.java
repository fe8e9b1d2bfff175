package org.parallax.stories.internal.entities;

import org.parallax.stories.Entity;
import org.parallax.stories.EntityFinder;

/** The entity finders of this package, for code outside Spring (benchmarks, measures). */
public final class EntityFinders {

    private EntityFinders() {
    }

    /**
     * The key under which the library files an entity, so spellings of one name meet across
     * articles: Gadhafi, Qaddafi and Kadafi; Dmitry and Dmitri; "U.S." and "US".
     */
    public static String libraryKey(Entity entity) {
        return NameKey.transliteration(entity.canonicalName());
    }

    /** The rule-based finder with its built-in lexicon and gazetteer. */
    public static EntityFinder rules() {
        return new RuleEntityFinder();
    }
}
