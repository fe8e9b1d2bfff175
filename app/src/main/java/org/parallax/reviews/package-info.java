/**
 * Reviews: the Daily Review and the Weekly Review for subscribers and the free newsletter for
 * registered readers, composed from the library and the stories with the editors' picks and
 * notes, rendered for mail clients and the web archive, and delivered exactly once per reader.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reviews")
package org.parallax.reviews;
