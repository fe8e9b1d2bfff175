package org.parallax.access.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Access settings.
 *
 * @param teaserParagraphs how many opening paragraphs of a gated article anyone may read
 * @param excerptCharacters how much of another outlet's article is shown before the link to it
 */
@ConfigurationProperties("parallax.access")
record AccessProperties(@DefaultValue("2") int teaserParagraphs, @DefaultValue("280") int excerptCharacters) {
}
