package org.parallax.stories.internal.desk;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parallax.stories.Entity;
import org.parallax.stories.EntityMention;
import org.parallax.stories.Quote;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes an article's entities and quotes, replacing what an earlier revision left. Each entity
 * gets one row, and so one id, for the whole library; ids of recently seen entities are kept in
 * memory.
 */
@Component
class EntityFiling {

    private static final int REMEMBERED = 50_000;

    private final JdbcClient jdbc;
    private final Map<Entity, Long> ids = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Entity, Long> eldest) {
            return size() > REMEMBERED;
        }
    };

    EntityFiling(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void file(long articleKey, List<EntityMention> mentions, List<Quote> quotes) {
        jdbc.sql("delete from article_entity where article_id = ?").param(articleKey).update();
        jdbc.sql("delete from quote where article_id = ?").param(articleKey).update();
        Map<Entity, int[]> named = new LinkedHashMap<>();
        for (int i = 0; i < mentions.size(); i++) {
            int position = i;
            named.computeIfAbsent(mentions.get(i).entity(), entity -> new int[] {0, position})[0]++;
        }
        named.forEach((entity, countAndFirst) -> jdbc.sql(
                        "insert into article_entity (article_id, entity_id, mentions, first_at) values (?, ?, ?, ?)")
                .params(articleKey, idOf(entity), countAndFirst[0], countAndFirst[1])
                .update());
        for (int i = 0; i < quotes.size(); i++) {
            Quote quote = quotes.get(i);
            Long speaker = SpeakerMatch.of(quote.speaker(), mentions).map(this::idOf).orElse(null);
            jdbc.sql("insert into quote (article_id, position, speaker, entity_id, text, partial) values (?, ?, ?, ?, ?, ?)")
                    .params(articleKey, i, quote.speaker(), speaker, quote.text(), quote.partial())
                    .update();
        }
    }

    /** Forgets the remembered ids, after a rolled-back transaction may have taken some back. */
    synchronized void forget() {
        ids.clear();
    }

    synchronized long idOf(Entity entity) {
        Long known = ids.get(entity);
        if (known != null) {
            return known;
        }
        jdbc.sql("insert into entity (kind, name) values (?, ?) on conflict (kind, name) do nothing")
                .params(entity.kind().name(), entity.canonicalName())
                .update();
        long id = jdbc.sql("select id from entity where kind = ? and name = ?")
                .params(entity.kind().name(), entity.canonicalName())
                .query(Long.class)
                .single();
        ids.put(entity, id);
        return id;
    }
}
