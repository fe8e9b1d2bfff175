package org.parallax.stories.internal.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parallax.stories.internal.coverage.Framing.Settings;

class FramingTest {

    private final Framing framing = new Framing();

    private static CoverageArticle article(String id, String outlet, String text) {
        return new CoverageArticle(id, outlet, "", null, Instant.parse("2026-11-24T10:00:00Z"), null, text, false);
    }

    @Test
    void theHeraldSeesAWaterGrabAndTheOstmarkDailyAThaw() {
        Map<String, List<FramingTerm>> terms = framing.byOutlet(SellenDamStory.all());
        assertThat(terms.get("Kessa Herald")).extracting(FramingTerm::term).contains("water grab", "defiant")
                .doesNotContain("thaw", "goodwill");
        assertThat(terms.get("Ostmark Daily")).extracting(FramingTerm::term).contains("thaw", "goodwill")
                .doesNotContain("water grab");
    }

    @Test
    void wordsEveryOutletSharesAreNotFraming() {
        assertThat(framing.byOutlet(SellenDamStory.all()).values()).allSatisfy(terms ->
                assertThat(terms).extracting(FramingTerm::term).doesNotContain("ostmark", "vantoria", "dam", "river"));
    }

    @Test
    void theOwnOutletComesFirstAndEveryOutletHasAnEntry() {
        assertThat(framing.byOutlet(SellenDamStory.all()).keySet()).first().isEqualTo("Parallax");
        assertThat(framing.byOutlet(SellenDamStory.all())).hasSize(5);
    }

    @Test
    void termsPassTheThresholdAndComeStrongestFirst() {
        framing.byOutlet(SellenDamStory.all()).values().forEach(terms -> {
            assertThat(terms).allSatisfy(t -> assertThat(t.zScore()).isGreaterThan(1.96));
            assertThat(terms).extracting(FramingTerm::zScore).isSortedAccordingTo((a, b) -> Double.compare(b, a));
            assertThat(terms).hasSizeLessThanOrEqualTo(Framing.Settings.DEFAULTS.perOutlet());
        });
    }

    @Test
    void aPhraseTakesThePlaceOfAWordOnlyUsedInsideIt() {
        assertThat(framing.byOutlet(SellenDamStory.all()).get("Kessa Herald")).extracting(FramingTerm::term)
                .doesNotContain("grab");
    }

    @Test
    void stopWordsAndNumbersNeverCount() {
        List<CoverageArticle> articles = List.of(
                article("a", "Northline Post", "The the the of of 2026 2026 2026 dam dam talks"),
                article("b", "Kessa Herald", "dam talks river river"));
        Settings loose = new Settings(0.25, -100, 1, 50);
        assertThat(new Framing(loose, Map.of()).byOutlet(articles).get("Northline Post"))
                .extracting(FramingTerm::term).doesNotContain("the", "of", "2026").contains("dam");
    }

    @Test
    void severalArticlesFromOneOutletPoolTogether() {
        String herald = SellenDamStory.HERALD.text();
        int half = herald.indexOf("Ostmark farmers");
        List<CoverageArticle> split = List.of(SellenDamStory.NORTHLINE, SellenDamStory.OSTMARK, SellenDamStory.WIRE,
                SellenDamStory.PARALLAX,
                new CoverageArticle("kh-1", "Kessa Herald", SellenDamStory.HERALD.title(), SellenDamStory.HERALD.dek(),
                        SellenDamStory.HERALD.published(), null, herald.substring(0, half), false),
                article("kh-2", "Kessa Herald", herald.substring(half)));
        assertThat(framing.byOutlet(split).get("Kessa Herald"))
                .usingRecursiveFieldByFieldElementComparatorOnFields("term", "count")
                .isEqualTo(framing.byOutlet(SellenDamStory.all()).get("Kessa Herald"));
    }

    @Test
    void aLoneOutletHasNothingToBeComparedWith() {
        assertThat(framing.byOutlet(List.of(SellenDamStory.HERALD)).get("Kessa Herald")).isEmpty();
    }

    @Test
    void zScoreFollowsTheWeightedLogOddsFormula() {
        // Full stops keep the words from pairing into phrases. A: sluice x4, weir x1; B the reverse.
        List<CoverageArticle> articles = List.of(
                article("a", "Northline Post", "sluice. sluice. sluice. sluice. weir."),
                article("b", "Kessa Herald", "weir. weir. weir. weir. sluice."));
        Framing everything = new Framing(new Settings(1.0, -100, 1, 10), Map.of());
        FramingTerm sluice = everything.byOutlet(articles).get("Northline Post").stream()
                .filter(t -> t.term().equals("sluice")).findFirst().orElseThrow();
        // Pooled: sluice 5 of 10, so alpha_w = 1.0 * 10 * 0.5 = 5 and alpha_0 = 10; n_i = n_j = 5.
        double delta = Math.log((4 + 5.0) / (5 + 10 - 4 - 5)) - Math.log((1 + 5.0) / (5 + 10 - 1 - 5));
        double z = delta / Math.sqrt(1 / (4 + 5.0) + 1 / (1 + 5.0));
        assertThat(sluice.zScore()).isCloseTo(z, within(1e-9));
        assertThat(sluice.count()).isEqualTo(4);
    }

    @Test
    void aBackgroundOnlyChangesTheScoresOfWordsItKnows() {
        Settings all = new Settings(0.25, -100, 1, 50);
        Map<String, List<FramingTerm>> storyOnly = new Framing(all, Map.of()).byOutlet(SellenDamStory.all());
        Map<String, List<FramingTerm>> unrelated = new Framing(all, Map.of("ferry", 500L, "smuggler", 20L))
                .byOutlet(SellenDamStory.all());
        assertThat(unrelated).isEqualTo(storyOnly);
        Map<String, List<FramingTerm>> informed = new Framing(all, Map.of("thaw", 40L, "summit", 900L, "dam", 2000L))
                .byOutlet(SellenDamStory.all());
        assertThat(z(informed.get("Ostmark Daily"), "thaw")).isNotEqualTo(z(storyOnly.get("Ostmark Daily"), "thaw"));
        assertThat(informed.values()).allSatisfy(terms ->
                assertThat(terms).allSatisfy(t -> assertThat(t.zScore()).isFinite()));
    }

    private static double z(List<FramingTerm> terms, String term) {
        return terms.stream().filter(t -> t.term().equals(term)).findFirst().orElseThrow().zScore();
    }
}
