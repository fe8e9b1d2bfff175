/**
 * Stories: one event told by every outlet, with the people, places and organizations it names.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Stories")
package org.parallax.stories;
