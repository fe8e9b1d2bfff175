package org.parallax.reviews.internal.compose;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import org.parallax.reviews.internal.compose.ComposedEdition.RadarItem;
import org.parallax.stories.EntityCount;

/** "On our radar": the entities named by more articles in an edition's period than in the one before. */
final class Radar {

    private final int size;
    private final int minimumArticles;

    Radar(int size, int minimumArticles) {
        this.size = size;
        this.minimumArticles = minimumArticles;
    }

    /**
     * The entities that rose most, by articles gained and then by the ratio. {@code before} holds
     * the previous period's most named entities, {@code beforeLimit} of them at most: an entity
     * missing from a full list may still have been named as often as its last entry, so it is
     * given that count rather than none.
     */
    List<RadarItem> rising(List<EntityCount> now, List<EntityCount> before, int beforeLimit, LongFunction<String> link) {
        Map<Long, Integer> earlier = new HashMap<>();
        before.forEach(count -> earlier.put(count.entity().id(), count.articles()));
        int unseen = before.size() >= beforeLimit && !before.isEmpty() ? before.getLast().articles() : 0;
        return now.stream()
                .filter(count -> count.articles() >= minimumArticles)
                .map(count -> new RadarItem(count.entity().name(), link.apply(count.entity().id()), count.articles(),
                        earlier.getOrDefault(count.entity().id(), unseen)))
                .filter(item -> item.articles() > item.articlesBefore())
                .sorted(Comparator.comparingInt((RadarItem item) -> item.articles() - item.articlesBefore()).reversed()
                        .thenComparing(Comparator.comparingDouble(
                                (RadarItem item) -> (double) item.articles() / Math.max(1, item.articlesBefore())).reversed())
                        .thenComparing(RadarItem::name))
                .limit(size)
                .toList();
    }
}
