package org.parallax.access;

/** The answer to "may this visitor read this article, and why". */
public record Entitlement(Reach reach, String reason) {

    public boolean fullText() {
        return reach == Reach.FULL;
    }
}
