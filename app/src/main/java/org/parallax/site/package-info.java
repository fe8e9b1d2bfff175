/**
 * The reader site: shared layout, front page, article, outlet and search pages. Every page asks
 * the access module what a visitor may read and renders only that.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reader site")
package org.parallax.site;
