package org.parallax.reviews.internal.compose;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;
import org.parallax.reviews.internal.EditorsHand.Choice;
import org.parallax.reviews.internal.EditorsHand.Pick;
import org.parallax.reviews.internal.ReviewCalendar.Period;
import org.parallax.stories.Story;

/**
 * Orders a period's stories for an edition: the editors' pins first, in the order they were made;
 * then the rest by breadth of coverage (distinct outlets, a syndicated copy counting once) with a
 * bonus for recency of up to {@code recencyWeight} outlets; dropped stories never.
 */
final class StoryRanking {

    private final double recencyWeight;

    StoryRanking(double recencyWeight) {
        this.recencyWeight = recencyWeight;
    }

    /**
     * Every candidate and pinned story, best first, each with the editors' choice on it; dropped
     * ones last, so the preview can still list them. A pinned story outside the candidates is
     * looked up with {@code pinnedStory}.
     */
    List<Candidate> rank(List<Story> candidates, List<Pick> picks, Period period, LongFunction<Optional<Story>> pinnedStory) {
        Map<Long, Pick> chosen = new LinkedHashMap<>();
        picks.forEach(pick -> chosen.put(pick.storyId(), pick));
        List<Candidate> ranked = new ArrayList<>();
        picks.stream()
                .filter(pick -> pick.choice() == Choice.PIN)
                .sorted(Comparator.comparingInt(Pick::position))
                .forEach(pick -> candidates.stream().filter(story -> story.id() == pick.storyId()).findFirst()
                        .or(() -> pinnedStory.apply(pick.storyId()))
                        .ifPresent(story -> ranked.add(new Candidate(story, score(story, period), Choice.PIN))));
        candidates.stream()
                .filter(story -> !chosen.containsKey(story.id()))
                .map(story -> new Candidate(story, score(story, period), null))
                .sorted(Comparator.comparingDouble(Candidate::score).reversed()
                        .thenComparing(candidate -> candidate.story().lastPublished(), Comparator.reverseOrder())
                        .thenComparing(candidate -> candidate.story().id(), Comparator.reverseOrder()))
                .forEach(ranked::add);
        candidates.stream()
                .filter(story -> chosen.containsKey(story.id()) && chosen.get(story.id()).choice() == Choice.DROP)
                .forEach(story -> ranked.add(new Candidate(story, score(story, period), Choice.DROP)));
        return ranked;
    }

    /** The stories an edition of {@code size} holds: every pin, then the best ranked until it is full. */
    static List<Candidate> edition(List<Candidate> ranked, int size) {
        List<Candidate> chosen = new ArrayList<>();
        for (Candidate candidate : ranked) {
            if (candidate.pinned() || (!candidate.dropped() && chosen.size() < size)) {
                chosen.add(candidate);
            }
        }
        return chosen;
    }

    double score(Story story, Period period) {
        double length = Duration.between(period.from(), period.to()).toMillis();
        double behind = Duration.between(story.lastPublished(), period.to()).toMillis();
        double freshness = length <= 0 ? 0 : Math.clamp(1 - behind / length, 0, 1);
        return story.outlets() + recencyWeight * freshness;
    }

    /** A story weighed for an edition, with the editors' choice on it (null: left to the ranking). */
    record Candidate(Story story, double score, Choice choice) {

        boolean pinned() {
            return choice == Choice.PIN;
        }

        boolean dropped() {
            return choice == Choice.DROP;
        }
    }
}
