package org.parallax.access;

import org.parallax.library.Article;

/**
 * The one access decision used by every route that can carry article text: pages, API,
 * search snippets, feeds and emails.
 */
public interface AccessPolicy {

    Entitlement decide(Article article, Visitor visitor);

    /** The blocks of {@code article} that {@code visitor} may be shown. */
    ReadableText readable(Article article, Visitor visitor);

    /**
     * Whether searches by this visitor may match and quote gated text: only for those who may read
     * every gated article (staff and All-Access subscribers).
     */
    boolean searchesGatedText(Visitor visitor);

    /** The text anyone may see: the whole body of a free article, the teaser of a gated one, the excerpt of another outlet's. */
    ReadableText open(Article article);
}
