package org.parallax.reviews.internal.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parallax.reviews.internal.EditorsHand.Choice;
import org.parallax.reviews.internal.EditorsHand.Pick;
import org.parallax.reviews.internal.ReviewCalendar.Period;
import org.parallax.reviews.internal.compose.StoryRanking.Candidate;
import org.parallax.stories.Story;

class StoryRankingTest {

    private static final Instant END = Instant.parse("2026-03-16T07:00:00Z");
    private static final Period DAY = new Period(END.minusSeconds(86_400), END);

    private final StoryRanking ranking = new StoryRanking(1.0);

    @Test
    void widerCoverageRanksFirstAndRecencyBreaksTiesAndLiftsByLessThanAnOutlet() {
        Story wideOld = story(1, 5, END.minusSeconds(80_000));
        Story narrowFresh = story(2, 4, END.minusSeconds(60));
        Story narrowOld = story(3, 4, END.minusSeconds(70_000));
        Story single = story(4, 1, END);

        assertThat(ranking.rank(List.of(single, narrowOld, narrowFresh, wideOld), List.of(), DAY, id -> Optional.empty()))
                .extracting(candidate -> candidate.story().id()).containsExactly(1L, 2L, 3L, 4L);
    }

    @Test
    void pinsComeFirstInPinOrderDropsNeverAndAPinFromOutsideThePeriodIsLookedUp() {
        Story wide = story(1, 6, END);
        Story middle = story(2, 3, END);
        Story narrow = story(3, 1, END);
        Story older = story(9, 2, END.minusSeconds(10 * 86_400));
        List<Pick> picks = List.of(new Pick(3, Choice.PIN, 1), new Pick(9, Choice.PIN, 2), new Pick(1, Choice.DROP, 0));

        List<Candidate> ranked = ranking.rank(List.of(wide, middle, narrow), picks, DAY,
                id -> id == 9 ? Optional.of(older) : Optional.empty());

        assertThat(ranked).extracting(candidate -> candidate.story().id()).containsExactly(3L, 9L, 2L, 1L);
        assertThat(ranked).extracting(Candidate::choice).containsExactly(Choice.PIN, Choice.PIN, null, Choice.DROP);
        assertThat(StoryRanking.edition(ranked, 1)).as("every pin goes in, even past the edition's size; a drop never")
                .extracting(candidate -> candidate.story().id()).containsExactly(3L, 9L);
        assertThat(StoryRanking.edition(ranked, 3)).extracting(candidate -> candidate.story().id()).containsExactly(3L, 9L, 2L);
    }

    @Test
    void aPinOfAStoryThatNoLongerExistsIsLeftOut() {
        List<Candidate> ranked = ranking.rank(List.of(story(1, 2, END)), List.of(new Pick(77, Choice.PIN, 1)), DAY,
                id -> Optional.empty());

        assertThat(ranked).extracting(candidate -> candidate.story().id()).containsExactly(1L);
    }

    private static Story story(long id, int outlets, Instant last) {
        return new Story(id, "Story " + id, "lead-" + id, "en", last.minusSeconds(3600), last, outlets + 1, outlets);
    }
}
