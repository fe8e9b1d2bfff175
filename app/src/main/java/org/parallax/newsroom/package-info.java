/**
 * Newsroom: editors write the publication's own articles in Markdown, preview, schedule and publish
 * them, append updates, change headlines and bodies in the open, correct and clarify, and read
 * readers' tips; every act is in the audit log. Published articles go to the library like any
 * other, so search, stories, feeds and reviews see them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Newsroom")
package org.parallax.newsroom;
