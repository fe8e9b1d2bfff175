package org.parallax.stories.internal.coverage;

import java.util.Objects;
import org.parallax.stories.FiledQuote;

/**
 * A quote in one of a story's articles.
 *
 * @param speaker         the speaker as the article names them ("Mara Lindqvist", "the minister")
 * @param speakerEntityId the speaker's entity when it could be linked to one, else null
 */
public record CoverageQuote(String speaker, Long speakerEntityId, String outlet, String articleId, String text) {

    public CoverageQuote {
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(outlet, "outlet");
        Objects.requireNonNull(text, "text");
    }

    public static CoverageQuote of(FiledQuote quote) {
        Long entity = quote.speakerEntity() == null ? null : quote.speakerEntity().id();
        return new CoverageQuote(quote.speaker(), entity, quote.outletName(), quote.articleId(), quote.text());
    }
}
