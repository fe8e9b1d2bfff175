package org.parallax.newsroom.internal.editing;

/** The picture above an article, as the editor declares it: Parallax never fetches it. */
public record LeadImage(String url, String alt, int width, int height) {
}
