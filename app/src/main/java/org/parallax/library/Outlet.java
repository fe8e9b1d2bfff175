package org.parallax.library;

/** A publisher of articles: the publication itself ({@code own}) or another outlet. */
public record Outlet(long id, String slug, String name, String homeUrl, boolean own) {
}
