package org.parallax.stories.internal.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.parallax.stories.internal.coverage.StorySummary.SummarySentence;

class StorySummaryTest {

    private final StorySummary summary = new StorySummary();

    @Test
    void fiveOutletsGiveFiveSentencesEachFromAnotherOutlet() {
        List<SummarySentence> sentences = summary.summarize(SellenDamStory.all());
        assertThat(sentences).hasSize(5);
        assertThat(sentences).extracting(SummarySentence::outlet).doesNotHaveDuplicates();
    }

    @Test
    void everySentenceIsTakenWordForWordFromItsArticle() {
        Map<String, CoverageArticle> byId = SellenDamStory.all().stream()
                .collect(Collectors.toMap(CoverageArticle::articleId, Function.identity()));
        assertThat(summary.summarize(SellenDamStory.all())).allSatisfy(s ->
                assertThat(byId.get(s.articleId()).text()).contains(s.text()));
    }

    @Test
    void sentencesFollowTheOrderTheirArticlesWerePublished() {
        Map<String, Instant> published = SellenDamStory.all().stream()
                .collect(Collectors.toMap(CoverageArticle::articleId, CoverageArticle::published));
        List<Instant> order = summary.summarize(SellenDamStory.all()).stream()
                .map(s -> published.get(s.articleId())).toList();
        assertThat(order).isSortedAccordingTo(Comparator.naturalOrder());
    }

    @Test
    void aSyndicatedCopyDoesNotRepeatASentence() {
        List<CoverageArticle> articles = new ArrayList<>(SellenDamStory.all());
        CoverageArticle n = SellenDamStory.NORTHLINE;
        articles.add(new CoverageArticle("lg-1", "Lakeside Gazette", n.title(), n.dek(), n.published().plusSeconds(600),
                null, n.text(), false));
        List<SummarySentence> sentences = summary.summarize(articles);
        for (int i = 0; i < sentences.size(); i++) {
            for (int j = i + 1; j < sentences.size(); j++) {
                assertThat(StorySummary.jaccard(words(sentences.get(i)), words(sentences.get(j))))
                        .as("%s / %s", sentences.get(i).text(), sentences.get(j).text())
                        .isLessThan(0.5);
            }
        }
    }

    @Test
    void datelinesAndQuoteOnlyFragmentsAreLeftOut() {
        assertThat(summary.summarize(SellenDamStory.all())).allSatisfy(s -> {
            assertThat(s.text()).doesNotStartWith("KESSA").doesNotStartWith("\"").doesNotStartWith("“");
            assertThat(s.text()).doesNotContain("Reil said.");
        });
        assertThat(StorySummary.usable("\"This is a beginning, not an end,\" Reil said.")).isFalse();
        assertThat(StorySummary.usable("\"We came with goodwill and we leave with a plan.")).isFalse();
        assertThat(StorySummary.usable("Varga said the water grab claims were \"an insult to our engineers\".")).isTrue();
    }

    @Test
    void theDatelineIsCutFromTheFirstSentenceNotTheSentenceDropped() {
        List<SummarySentence> sentences = summary.summarize(List.of(SellenDamStory.NORTHLINE));
        assertThat(sentences).isNotEmpty().hasSizeLessThanOrEqualTo(3);
        assertThat(sentences).extracting(SummarySentence::text).noneMatch(t -> t.contains("(Northline)"));
    }

    @Test
    void aSmallStoryGetsFewerSentences() {
        List<SummarySentence> sentences = summary.summarize(List.of(SellenDamStory.WIRE));
        assertThat(sentences).hasSizeBetween(1, 3).extracting(SummarySentence::outlet).containsOnly("Harbour Wire");
        assertThat(summary.summarize(List.of(SellenDamStory.WIRE, SellenDamStory.OSTMARK))).hasSize(3);
    }

    @Test
    void gatedTextNeverReachesTheSummary() {
        CoverageArticle p = SellenDamStory.PARALLAX;
        CoverageArticle gated = new CoverageArticle(p.articleId(), p.outlet(), p.title(), p.dek(), p.published(),
                p.updated(), null, true);
        List<CoverageArticle> articles = List.of(SellenDamStory.NORTHLINE, SellenDamStory.HERALD, gated);
        assertThat(summary.summarize(articles)).extracting(SummarySentence::articleId).doesNotContain("px-1");
    }

    @Test
    void noArticlesNoSummary() {
        assertThat(summary.summarize(List.of())).isEmpty();
    }

    private static HashSet<String> words(SummarySentence s) {
        return new HashSet<>(Words.content(s.text()));
    }
}
