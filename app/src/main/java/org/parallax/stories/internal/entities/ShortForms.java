package org.parallax.stories.internal.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parallax.stories.Entity;
import org.parallax.stories.EntityMention;

/**
 * Resolves short forms within one article: "Gates" after "Robert Gates" is Robert Gates, when
 * only one full name there ends in Gates. A lone capitalized word that matches no person named in
 * full and had no cue of its own ("President", "said") is dropped.
 */
final class ShortForms {

    private final List<RuleEntityFinder.Found> found;

    ShortForms(List<RuleEntityFinder.Found> found) {
        this.found = found;
    }

    List<EntityMention> resolve() {
        Map<String, List<Entity>> fullByPart = new HashMap<>();
        Map<String, Entity> confirmedSingles = new HashMap<>();
        for (RuleEntityFinder.Found f : found) {
            if (f.entity().kind() != Entity.Kind.PERSON || f.tentative()) {
                continue;
            }
            String[] parts = f.entity().canonicalName().split(" ");
            if (parts.length == 1) {
                confirmedSingles.put(NameKey.lookup(parts[0]), f.entity());
                continue;
            }
            String last = NameKey.lookup(parts[parts.length - 1]);
            List<Entity> fulls = fullByPart.computeIfAbsent(last, k -> new ArrayList<>());
            if (!fulls.contains(f.entity())) {
                fulls.add(f.entity());
            }
        }
        List<EntityMention> mentions = new ArrayList<>();
        for (RuleEntityFinder.Found f : found) {
            Entity entity = f.entity();
            if (entity.kind() == Entity.Kind.PERSON && !entity.canonicalName().contains(" ")) {
                String key = NameKey.lookup(entity.canonicalName());
                List<Entity> fulls = fullByPart.getOrDefault(key, List.of());
                if (fulls.size() == 1) {
                    entity = fulls.getFirst();
                } else if (f.tentative() && !confirmedSingles.containsKey(key)) {
                    continue;
                }
            }
            mentions.add(new EntityMention(entity, f.surface(), f.paragraph(), f.start()));
        }
        return mentions;
    }
}
