package org.parallax.newsroom;

import java.util.List;
import java.util.Optional;

/** Published articles by author, section and tag, for the site's listing pages, feeds and metadata. */
public interface Listings {

    /** The newest {@code limit} published articles under this slug, or empty when no published article has it. */
    Optional<Listing> listing(Listing.Kind kind, String slug, int limit);

    /** The names one published article is listed under, of this kind, in the order editors typed them. */
    List<String> namesOf(String articleId, Listing.Kind kind);
}
