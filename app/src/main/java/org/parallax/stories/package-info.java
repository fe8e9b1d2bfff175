@org.springframework.modulith.ApplicationModule(displayName = "Stories")
package org.parallax.stories;
