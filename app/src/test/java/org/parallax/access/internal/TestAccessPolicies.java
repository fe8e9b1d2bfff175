package org.parallax.access.internal;

import org.parallax.access.AccessPolicy;

/** The access policy with its default settings, for other modules' tests that build their parts without Spring. */
public final class TestAccessPolicies {

    private TestAccessPolicies() {
    }

    /** Two teaser paragraphs, 280-character excerpts, as in application.yaml; nobody has unlocked anything. */
    public static AccessPolicy standard() {
        return new MeteredAccessPolicy(new AccessProperties(2, 280), UnlockedArticles.NONE);
    }
}
