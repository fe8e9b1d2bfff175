package org.parallax.stories.internal.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.stories.Entity;
import org.parallax.stories.FiledQuote;
import org.parallax.stories.NamedEntity;
import org.parallax.stories.internal.coverage.WhoQuotesWhom.QuoteMatrix;
import org.parallax.stories.internal.coverage.WhoQuotesWhom.SpeakerRow;

class WhoQuotesWhomTest {

    private static final long REIL = 11L;
    private static final long VARGA = 12L;

    private final WhoQuotesWhom whoQuotesWhom = new WhoQuotesWhom();

    private static final List<CoverageQuote> QUOTES = List.of(
            new CoverageQuote("Tomas Reil", REIL, "Northline Post", "nl-1", "This is a beginning, not an end"),
            new CoverageQuote("Reil", REIL, "Kessa Herald", "kh-1", "a beginning"),
            new CoverageQuote("Tomas Reil", REIL, "Ostmark Daily", "od-1", "We came with goodwill and we leave with a plan"),
            new CoverageQuote("Tomas Reil", REIL, "Ostmark Daily", "od-1", "Kessa was the right place to start"),
            new CoverageQuote("Ilse Varga", VARGA, "Kessa Herald", "kh-1", "an insult to our engineers"),
            new CoverageQuote("Ilse Varga", null, "Parallax", "px-1", "The river fell because the sky stayed dry"),
            new CoverageQuote("the harbour commissioner", null, "Harbour Wire", "hw-1", "The piers are ready"),
            new CoverageQuote("the harbour commissioner", null, "Northline Post", "nl-1", "The piers are ready"));

    @Test
    void speakersQuotedByMoreOutletsComeFirst() {
        QuoteMatrix matrix = whoQuotesWhom.matrix(QUOTES);
        assertThat(matrix.speakers()).extracting(SpeakerRow::speaker)
                .containsExactly("Tomas Reil", "Ilse Varga", "the harbour commissioner");
        assertThat(matrix.speakers()).extracting(SpeakerRow::outletCount).containsExactly(3, 2, 2);
    }

    @Test
    void cellsCountTheQuotesAndCarryThem() {
        SpeakerRow reil = whoQuotesWhom.matrix(QUOTES).speakers().getFirst();
        assertThat(reil.entityId()).isEqualTo(REIL);
        assertThat(reil.count("Ostmark Daily")).isEqualTo(2);
        assertThat(reil.count("Kessa Herald")).isEqualTo(1);
        assertThat(reil.count("Parallax")).isZero();
        assertThat(reil.total()).isEqualTo(4);
        assertThat(reil.byOutlet().get("Kessa Herald")).extracting(CoverageQuote::text).containsExactly("a beginning");
    }

    @Test
    void anUnlinkedQuoteUnderALinkedNameJoinsThatPerson() {
        SpeakerRow varga = whoQuotesWhom.matrix(QUOTES).speakers().get(1);
        assertThat(varga.entityId()).isEqualTo(VARGA);
        assertThat(varga.byOutlet().keySet()).containsExactlyInAnyOrder("Kessa Herald", "Parallax");
    }

    @Test
    void theSameWordsFromOneOutletCountOnce() {
        List<CoverageQuote> withCopy = new java.util.ArrayList<>(QUOTES);
        withCopy.add(new CoverageQuote("Tomas Reil", REIL, "Northline Post", "nl-2", "This is a beginning, not an end."));
        assertThat(whoQuotesWhom.matrix(withCopy).speakers().getFirst().count("Northline Post")).isEqualTo(1);
    }

    @Test
    void outletsGivenFirstLeadTheColumnsAndTheRestFollowByQuotes() {
        QuoteMatrix matrix = whoQuotesWhom.matrix(QUOTES, List.of("Parallax", "Lakeside Gazette"));
        assertThat(matrix.outlets()).containsExactly(
                "Parallax", "Kessa Herald", "Northline Post", "Ostmark Daily", "Harbour Wire");
        assertThat(matrix.speakers().getFirst().byOutlet().keySet())
                .containsExactly("Kessa Herald", "Northline Post", "Ostmark Daily");
    }

    @Test
    void twoPeopleWithOneNameStayApart() {
        List<CoverageQuote> quotes = List.of(
                new CoverageQuote("Anna Holm", 1L, "Northline Post", "a", "First words"),
                new CoverageQuote("Anna Holm", 2L, "Kessa Herald", "b", "Other words"));
        assertThat(whoQuotesWhom.matrix(quotes).speakers()).hasSize(2);
    }

    @Test
    void aFiledQuoteBecomesACoverageQuote() {
        FiledQuote filed = new FiledQuote("nl-1", "Northline Post", Instant.parse("2026-11-24T11:05:00Z"), "Tomas Reil",
                new NamedEntity(REIL, Entity.person("Tomas Reil")), "This is a beginning", false);
        assertThat(CoverageQuote.of(filed))
                .isEqualTo(new CoverageQuote("Tomas Reil", REIL, "Northline Post", "nl-1", "This is a beginning"));
    }

    @Test
    void noQuotesAnEmptyMatrix() {
        QuoteMatrix matrix = whoQuotesWhom.matrix(List.of());
        assertThat(matrix.outlets()).isEmpty();
        assertThat(matrix.speakers()).isEmpty();
    }
}
