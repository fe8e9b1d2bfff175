package org.parallax.stories.internal.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CentralityTest {

    private final Centrality centrality = new Centrality();

    private static CoverageArticle article(String id, String outlet, String time, String title, String text) {
        return new CoverageArticle(id, outlet, title, null, Instant.parse(time), null, text, false);
    }

    @Test
    void theStraightReportSitsBetweenTheFramings() {
        assertThat(centrality.mostCentral(SellenDamStory.all())).contains(SellenDamStory.NORTHLINE);
    }

    @Test
    void anArticleAboutSomethingElseIsNeverCentral() {
        List<CoverageArticle> articles = new ArrayList<>(SellenDamStory.all());
        CoverageArticle stray = article("x-1", "Harbour Wire", "2026-11-24T07:00:00Z",
                "Ferry fares rise on the northern routes", "Ferry operators raised fares by a tenth on the northern routes.");
        articles.add(stray);
        List<Centrality.Scored> scores = centrality.scores(articles);
        assertThat(scores.getLast().article()).isEqualTo(stray);
        assertThat(scores.getLast().meanSimilarity()).isLessThan(scores.getFirst().meanSimilarity());
    }

    @Test
    void aTieGoesToTheEarliestArticle() {
        String text = "Vantoria and Ostmark agreed to share the river data.";
        CoverageArticle late = article("b", "Northline Post", "2026-11-24T12:00:00Z", "River data deal", text);
        CoverageArticle early = article("c", "Kessa Herald", "2026-11-24T09:00:00Z", "River data deal", text);
        CoverageArticle middle = article("a", "Ostmark Daily", "2026-11-24T10:00:00Z", "River data deal", text);
        assertThat(centrality.mostCentral(List.of(late, middle, early))).contains(early);
    }

    @Test
    void aLoneArticleIsItsOwnCentreAndNoArticlesHaveNone() {
        assertThat(centrality.mostCentral(List.of(SellenDamStory.WIRE))).contains(SellenDamStory.WIRE);
        assertThat(centrality.mostCentral(List.of())).isEmpty();
    }

    @Test
    void scoresAreMeanCosinesBetweenZeroAndOne() {
        assertThat(centrality.scores(SellenDamStory.all()))
                .allSatisfy(s -> assertThat(s.meanSimilarity()).isBetween(0.0, 1.0));
    }
}
