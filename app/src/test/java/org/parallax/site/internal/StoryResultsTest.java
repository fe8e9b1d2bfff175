package org.parallax.site.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parallax.search.SearchHit;
import org.parallax.stories.Story;

/** The stories tab groups matches by story, best match first, and lists articles not yet filed as themselves. */
class StoryResultsTest {

    static final Instant MORNING = Instant.parse("2026-03-16T08:00:00Z");

    final Map<String, Long> filed = Map.of("wire-report", 7L, "courier-report", 7L, "gazette-opinion", 9L);
    final Map<Long, Story> stories = Map.of(
            7L, new Story(7, "Envoys reach a ferry accord", "wire-report", "en", MORNING, MORNING, 4, 3),
            9L, new Story(9, "The ferries are back, the fishermen are not", "gazette-opinion", "en", MORNING, MORNING, 1, 1));

    @Test
    void oneRowPerStoryInTheOrderOfItsBestMatch() {
        StoryResults results = group(hit("courier-report", "Courier"), hit("unfiled-brief", "Wire"), hit("gazette-opinion", "Gazette"),
                hit("wire-report", "Wire"));

        assertThat(results.rows()).extracting(StoryResults.Row::href)
                .containsExactly("/stories/7", "/articles/unfiled-brief", "/stories/9");
        StoryResults.Row accord = results.rows().getFirst();
        assertThat(accord.headline()).isEqualTo("Envoys reach a ferry accord");
        assertThat(accord.matching()).isEqualTo(2);
        assertThat(accord.outletsLabel()).isEqualTo("3 outlets");
        StoryResults.Row unfiled = results.rows().get(1);
        assertThat(unfiled.story()).isFalse();
        assertThat(unfiled.headline()).isEqualTo("Title of unfiled-brief");
        assertThat(unfiled.outletName()).isEqualTo("Wire");
    }

    @Test
    void saysWhenOnlyTheBestMatchesWereGrouped() {
        assertThat(new StoryResults(250, 100, List.of()).allCounted()).isFalse();
        assertThat(group(hit("wire-report", "Wire")).allCounted()).isTrue();
    }

    private StoryResults group(SearchHit... hits) {
        return StoryResults.of(hits.length, List.of(hits), id -> Optional.ofNullable(filed.get(id)).map(stories::get));
    }

    private static SearchHit hit(String id, String outlet) {
        return new SearchHit(id, "https://example.org/" + id, "Title of " + id, outlet.toLowerCase(), outlet, false, "news", MORNING,
                null);
    }
}
