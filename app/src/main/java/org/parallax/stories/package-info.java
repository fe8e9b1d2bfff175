/**
 * Stories: the people, places and organizations articles name, and the quotes they carry with
 * their speakers; the ground the grouping of articles into stories is built on.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Stories")
package org.parallax.stories;
