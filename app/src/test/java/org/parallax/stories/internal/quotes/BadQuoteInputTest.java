package org.parallax.stories.internal.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.stories.AttributedQuote;
import org.parallax.stories.Quote;
import org.parallax.stories.internal.entities.RuleEntityFinder;

/** Quotation marks left open, text with no quotes or no words, other languages: no crash, no invented quote. */
class BadQuoteInputTest {

    private final QuoteExtractor quotes = new QuoteExtractor();
    private final SpeakerLinker links = new SpeakerLinker();
    private final RuleEntityFinder entities = new RuleEntityFinder();

    private List<AttributedQuote> attributed(List<String> paragraphs) {
        return links.attribute(paragraphs, quotes.quotesIn(paragraphs), entities.mentions("", paragraphs));
    }

    @Test
    void anUnclosedQuoteDoesNotSwallowTheArticle() {
        List<String> paragraphs = List.of(
                "“We will not move,” said Mara Lindqvist.",
                "“This one never closes, said the minister.",
                "The ministry said nothing more.",
                "“The quay stays open,” Lindqvist said.");
        List<AttributedQuote> found = attributed(paragraphs);
        assertThat(found).extracting(q -> q.quote().text())
                .contains("We will not move", "The quay stays open");
        assertThat(found).filteredOn(q -> q.quote().text().contains("quay"))
                .extracting(q -> q.speaker().canonicalName()).containsExactly("Mara Lindqvist");
    }

    @Test
    void emptyParagraphsAndStrayMarksGiveNoQuotes() {
        assertThat(attributed(List.of())).isEmpty();
        assertThat(attributed(List.of("", " ", "\"", "“", "”", "\"\"", "« »"))).isEmpty();
        assertThat(links.attribute(List.of(), List.of(new Quote("Yes.", "", 0, false)), List.of()))
                .extracting(AttributedQuote::speaker).containsOnlyNulls();
    }

    @Test
    void otherLanguagesDoNotBreakTheFinders() {
        List<String> paragraphs = new ArrayList<>(List.of(
                "«Мы не уйдём», — сказал министр Антон Силуанов.",
                "„Wir bleiben“, sagte Éric Ångström.",
                "「我们不会离开」，部长说。"));
        assertThat(attributed(paragraphs)).allSatisfy(q -> assertThat(q.quote()).isNotNull());
    }
}
