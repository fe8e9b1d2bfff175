package org.parallax.stories.internal.clustering;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A small search index over the active stories: each of a story's heaviest terms and each of its
 * entities leads to it. An article looks up its own telling terms and entities and gets the few
 * stories worth comparing in full, never every story the library holds.
 */
final class StoryIndex {

    private final ClusteringSettings settings;
    private final DocumentFrequencies frequencies;
    private final Map<String, Set<Long>> postings = new HashMap<>();
    private final Map<Long, List<String>> filed = new HashMap<>();

    StoryIndex(ClusteringSettings settings, DocumentFrequencies frequencies) {
        this.settings = settings;
        this.frequencies = frequencies;
    }

    /** Files a story (again) under its current heaviest terms and its entities. */
    void file(StoryProfile story) {
        drop(story.id());
        List<String> keys = new ArrayList<>();
        Weights top = story.terms().top(settings.indexedTerms(), frequencies, false);
        for (int i = 0; i < top.size(); i++) {
            keys.add(top.key(i));
        }
        for (int i = 0; i < story.entities().size(); i++) {
            keys.add(story.entities().key(i));
        }
        for (String key : keys) {
            postings.computeIfAbsent(key, k -> new HashSet<>()).add(story.id());
        }
        filed.put(story.id(), keys);
    }

    /** The keys a story is filed under, as they were picked when it was last filed. */
    List<String> keysOf(long storyId) {
        return filed.getOrDefault(storyId, List.of());
    }

    /** Files a story under keys picked before (a restored state), so it is found as it was. */
    void file(long storyId, List<String> keys) {
        drop(storyId);
        for (String key : keys) {
            postings.computeIfAbsent(key, k -> new HashSet<>()).add(storyId);
        }
        filed.put(storyId, List.copyOf(keys));
    }

    void drop(long storyId) {
        List<String> keys = filed.remove(storyId);
        if (keys == null) {
            return;
        }
        for (String key : keys) {
            Set<Long> stories = postings.get(key);
            if (stories != null) {
                stories.remove(storyId);
                if (stories.isEmpty()) {
                    postings.remove(key);
                }
            }
        }
    }

    /**
     * The stories sharing the article's most telling terms or its entities, scored by the weight
     * of what they share. A key leading to very many stories says too little and is passed over.
     */
    Map<Long, Double> lookUp(ArticleDigest digest) {
        Map<Long, Double> found = new HashMap<>();
        Weights query = digest.terms().top(settings.queryTerms(), frequencies, false);
        lookUp(query, found);
        lookUp(digest.entities(), found);
        return found;
    }

    private void lookUp(Weights keys, Map<Long, Double> found) {
        for (int i = 0; i < keys.size(); i++) {
            Set<Long> stories = postings.get(keys.key(i));
            if (stories == null || stories.size() > settings.commonKey()) {
                continue;
            }
            double weight = keys.value(i) * frequencies.idf(keys.key(i));
            for (Long story : stories) {
                found.merge(story, weight, Double::sum);
            }
        }
    }
}
