package org.parallax.stories;

import java.util.List;

/**
 * Everything a story page shows: the articles side by side (the publication's own first), a short
 * summary drawn from several outlets, each outlet's framing, who is quoted by whom, the entities
 * named and a timeline chart (an SVG document). Built only from text anyone may read.
 */
public record StoryCoverage(
        Story story,
        List<CoveredArticle> articles,
        List<SummarySentence> summary,
        List<OutletFraming> framing,
        List<QuotedSpeaker> quoted,
        List<EntityCount> entities,
        String timelineSvg) {

    public StoryCoverage {
        articles = List.copyOf(articles);
        summary = List.copyOf(summary);
        framing = List.copyOf(framing);
        quoted = List.copyOf(quoted);
        entities = List.copyOf(entities);
    }

    /** The distinct outlets with an original article in the story. */
    public long outlets() {
        return articles.stream().map(CoveredArticle::outlet).distinct().count();
    }
}
