package org.parallax.library.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Library settings.
 *
 * @param publicationName the outlet whose articles are the publication's own; every other
 *                        outlet is external
 */
@ConfigurationProperties("parallax.library")
record LibraryProperties(@DefaultValue("Parallax") String publicationName) {
}
