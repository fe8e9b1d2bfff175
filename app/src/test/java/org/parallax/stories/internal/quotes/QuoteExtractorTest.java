package org.parallax.stories.internal.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.stories.Quote;

class QuoteExtractorTest {

    private final QuoteExtractor finder = new QuoteExtractor();

    @Test
    void titleAfterTheQuoteIsTheSpeakerWhenNoNameIsGiven() {
        assertThat(finder.quotesIn(List.of("“The roads will not mend themselves,” the minister said.")))
                .containsExactly(new Quote("The roads will not mend themselves", "the minister", 0, false));
    }

    @Test
    void saidThenNameAfterTheQuote() {
        assertThat(finder.quotesIn(List.of("\"We were not asked,\" said Tomas Quill, a ferry operator.")))
                .extracting(Quote::speaker).containsExactly("Tomas Quill");
    }

    @Test
    void nameSaidColonBeforeTheQuote() {
        assertThat(finder.quotesIn(List.of("Board chair Lotte Brink said: \"Phones stay in the bag.\"")))
                .containsExactly(new Quote("Phones stay in the bag.", "Lotte Brink", 0, false));
    }

    @Test
    void reportedSpeechIsNotAQuote() {
        assertThat(finder.quotesIn(List.of("Lotte Brink said that phones would stay in the bag."))).isEmpty();
    }

    @Test
    void partialQuoteInsideTheWritersSentence() {
        assertThat(finder.quotesIn(List.of("Rasmus Tolle called the deal “a betrayal of the lakes” on Monday.")))
                .containsExactly(new Quote("a betrayal of the lakes", "Rasmus Tolle", 0, true));
    }

    @Test
    void quoteRunsOnIntoTheNextParagraphThatOpensWithAQuoteMark() {
        List<Quote> quotes = finder.quotesIn(List.of(
                "Midwife Sofie Krantz said: “An hour is a long time.",
                "“One night it will be too long.”"));
        assertThat(quotes).containsExactly(
                new Quote("An hour is a long time. One night it will be too long.", "Sofie Krantz", 0, false));
    }

    @Test
    void heSaidGoesToThePersonNamedBefore() {
        List<Quote> quotes = finder.quotesIn(List.of(
                "Inspector Mattias Rehn said the fog had hampered the search.",
                "\"We are not giving up,\" he said."));
        assertThat(quotes).extracting(Quote::speaker).containsExactly("Mattias Rehn");
    }

    @Test
    void surnameLaterMeansTheFullNameGivenEarlier() {
        List<Quote> quotes = finder.quotesIn(List.of(
                "The fisheries minister, Mara Lindqvist, announced a ban.",
                "“The stock is at the edge,” Lindqvist said."));
        assertThat(quotes).extracting(Quote::speaker).containsExactly("Mara Lindqvist");
    }

    @Test
    void aQuoteAfterItsAttributionKeepsTheSpeaker() {
        assertThat(finder.quotesIn(List.of("“Fog came down,” said Ada Lunde. “It has not lifted.”")))
                .extracting(Quote::speaker).containsExactly("Ada Lunde", "Ada Lunde");
    }

    @Test
    void scareQuotesTitlesAndUnspokenTermsAreLeftOut() {
        assertThat(finder.quotesIn(List.of(
                "The bridge cost slightly over the \"fixed\" budget.",
                "She won the prize for her novel “The Glass Orchard.”",
                "Some in town worry about the \"ripple effect\" on shops."))).isEmpty();
    }

    @Test
    void unbalancedQuoteMarkDoesNotBreakTheArticle() {
        assertThat(finder.quotesIn(List.of("\"It was a long night, said nobody.", "The end."))).isNotNull();
    }
}
