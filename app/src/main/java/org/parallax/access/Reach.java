package org.parallax.access;

/** How much of an article's text a visitor may be shown. */
public enum Reach {
    /** The whole body. */
    FULL,
    /** The publication's own gated article: headline, dek, byline and the teaser paragraphs. */
    TEASER,
    /** Another outlet's article: headline, a short excerpt and a link to the original. */
    EXCERPT
}
