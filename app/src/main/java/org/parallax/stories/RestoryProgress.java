package org.parallax.stories;

/** How far a rebuild of the stories has come: articles read out of all of them, and stories made. */
public record RestoryProgress(long done, long total, long stories) {
}
