package org.parallax.stories.internal.entities;

import org.parallax.stories.EntityFinder;

/** The rule-based entity finder with its own word lists, for other modules' tests that build their parts without Spring. */
public final class TestEntityFinders {

    private static final EntityFinder RULES = new RuleEntityFinder();

    private TestEntityFinders() {
    }

    public static EntityFinder rules() {
        return RULES;
    }
}
