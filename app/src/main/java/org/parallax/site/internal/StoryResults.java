package org.parallax.site.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.parallax.search.SearchHit;
import org.parallax.stories.Story;

/**
 * The stories tab of the search page: the best matches grouped by the story each belongs to, one
 * row per story in the order of its best match. An article the story desk has not filed yet is a
 * row of its own.
 */
public record StoryResults(long matches, int counted, List<Row> rows) {

    /** Matches read to group: the stories tab shows the stories of this many best matches. */
    static final int COUNTED_MATCHES = 100;

    /** @param storyOf the story an article id is filed under, if any */
    static StoryResults of(long matches, List<SearchHit> hits, Function<String, Optional<Story>> storyOf) {
        Map<Object, Row> rows = new LinkedHashMap<>();
        for (SearchHit hit : hits) {
            Optional<Story> filed = storyOf.apply(hit.id());
            if (filed.isPresent()) {
                Story found = filed.get();
                rows.merge(found.id(), Row.of(found), (held, again) -> held.withOneMore());
            } else {
                rows.put(hit.id(), Row.of(hit));
            }
        }
        return new StoryResults(matches, hits.size(), new ArrayList<>(rows.values()));
    }

    public boolean allCounted() {
        return counted >= matches;
    }

    /**
     * One story (or one article not yet in a story): {@code matching} of its articles matched.
     * {@code outlets} is the story's count of outlets; for a lone article, its outlet's name.
     */
    public record Row(String href, String headline, boolean story, int outlets, String outletName, int articles, int matching) {

        static Row of(Story story) {
            return new Row("/stories/" + story.id(), story.headline(), true, story.outlets(), null, story.articles(), 1);
        }

        static Row of(SearchHit hit) {
            return new Row("/articles/" + hit.id(), hit.title(), false, 1, hit.outletName(), 1, 1);
        }

        Row withOneMore() {
            return new Row(href, headline, story, outlets, outletName, articles, matching + 1);
        }

        public String outletsLabel() {
            return outlets == 1 ? "1 outlet" : outlets + " outlets";
        }
    }
}
