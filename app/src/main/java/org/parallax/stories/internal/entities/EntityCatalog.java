package org.parallax.stories.internal.entities;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.parallax.stories.Entity;

/**
 * One canonical entity per name across the library: the first spelling seen of a name stands for
 * every later spelling with the same transliteration key and kind (Qaddafi for Gadhafi, Kadafi).
 */
final class EntityCatalog {

    private final Map<String, Entity> byKey = new ConcurrentHashMap<>();

    Entity canonical(Entity entity) {
        String key = entity.kind() + ":" + NameKey.transliteration(entity.canonicalName());
        return byKey.computeIfAbsent(key, k -> entity);
    }
}
