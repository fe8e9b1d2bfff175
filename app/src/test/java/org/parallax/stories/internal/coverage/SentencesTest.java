package org.parallax.stories.internal.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentencesTest {

    @Test
    void titlesAndMonthsDoNotEndASentence() {
        assertThat(Sentences.split("Mr. Reil told reporters the commission would meet in Jan. and report. Dr. Varga agreed."))
                .containsExactly("Mr. Reil told reporters the commission would meet in Jan. and report.", "Dr. Varga agreed.");
    }

    @Test
    void aDottedShortFormEndsASentenceOnlyBeforeAnOpeningWord() {
        assertThat(Sentences.split("The U.S. State Department welcomed it. Officials in the U.S. The talks go on."))
                .containsExactly("The U.S. State Department welcomed it.", "Officials in the U.S.", "The talks go on.");
    }

    @Test
    void initialsDoNotEndASentence() {
        assertThat(Sentences.split("Tomas J. Reil spoke first. Then the premier spoke."))
                .containsExactly("Tomas J. Reil spoke first.", "Then the premier spoke.");
    }

    @Test
    void aClosingQuoteBelongsToTheSentenceItCloses() {
        assertThat(Sentences.split("He said: \"We leave with a plan.\" The talks ended at noon! Who pays?"))
                .containsExactly("He said: \"We leave with a plan.\"", "The talks ended at noon!", "Who pays?");
    }

    @Test
    void aParagraphBreakAlwaysEndsASentence() {
        assertThat(Sentences.split("KESSA, Nov 24\nThe summit opened late"))
                .containsExactly("KESSA, Nov 24", "The summit opened late");
    }

    @Test
    void decimalsAndLowerCaseContinuationsStayTogether() {
        assertThat(Sentences.split("The river fell 2.5 metres. it was the lowest since 1990."))
                .containsExactly("The river fell 2.5 metres. it was the lowest since 1990.");
    }
}
