package org.parallax.stories;

import java.time.Instant;
import java.util.List;
import org.parallax.library.ArticleKind;

/**
 * One outlet's article in a story, as the story page and the API list it: never its text.
 *
 * @param alsoPublishedBy the outlets that ran a syndicated copy of it
 * @param headlineVerbs   the verbs its headline tells the event with ("rebukes", "highlights thaw")
 */
public record CoveredArticle(
        String id,
        String url,
        String outlet,
        String outletSlug,
        boolean own,
        String title,
        String dek,
        ArticleKind kind,
        Instant published,
        Instant updated,
        List<String> alsoPublishedBy,
        List<String> headlineVerbs) {

    public CoveredArticle {
        alsoPublishedBy = List.copyOf(alsoPublishedBy);
        headlineVerbs = List.copyOf(headlineVerbs);
    }
}
