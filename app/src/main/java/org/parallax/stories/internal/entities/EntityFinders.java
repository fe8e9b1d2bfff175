package org.parallax.stories.internal.entities;

import org.parallax.stories.EntityFinder;

/** The entity finders of this package, for code outside Spring (benchmarks, measures). */
public final class EntityFinders {

    private EntityFinders() {
    }

    /** The rule-based finder with its built-in lexicon and gazetteer. */
    public static EntityFinder rules() {
        return new RuleEntityFinder();
    }
}
