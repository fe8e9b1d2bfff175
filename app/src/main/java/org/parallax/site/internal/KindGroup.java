package org.parallax.site.internal;

import java.util.List;

/** Other outlets' latest articles of one kind, as the front page groups them. */
public record KindGroup(String label, List<ArticleCard> articles) {
}
