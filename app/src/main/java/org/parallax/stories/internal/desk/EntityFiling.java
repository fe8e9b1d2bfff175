package org.parallax.stories.internal.desk;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parallax.stories.AttributedQuote;
import org.parallax.stories.Entity;
import org.parallax.stories.EntityMention;
import org.parallax.stories.Quote;
import org.parallax.stories.internal.entities.EntityFinders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes a batch of articles' entities and quotes, replacing what earlier revisions left, in a few
 * batched statements. Each entity gets one row, and so one id, for the whole library; ids of
 * recently seen entities are kept in memory.
 */
@Component
class EntityFiling {

    private static final int REMEMBERED = 50_000;
    private static final int KEYS_PER_LOOKUP = 400;

    private final JdbcTemplate jdbc;
    private final Map<Entity, Long> ids = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Entity, Long> eldest) {
            return size() > REMEMBERED;
        }
    };

    EntityFiling(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    synchronized void file(List<FiledArticle> articles) {
        List<Object[]> keys = articles.stream().map(article -> new Object[] {article.article().key()}).toList();
        jdbc.batchUpdate("delete from article_entity where article_id = ?", keys);
        jdbc.batchUpdate("delete from quote where article_id = ?", keys);
        Set<Entity> named = new LinkedHashSet<>();
        for (FiledArticle article : articles) {
            article.mentions().forEach(mention -> named.add(mention.entity()));
            article.quotes().forEach(quote -> quote.speakerEntity().ifPresent(named::add));
        }
        Map<Entity, Long> known = idsOf(named);
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> quoted = new ArrayList<>();
        for (FiledArticle article : articles) {
            long key = article.article().key();
            // counted by id: two spellings in one article ("U.S.", "US") are one entity of the library
            Map<Long, int[]> counts = new LinkedHashMap<>();
            List<EntityMention> mentions = article.mentions();
            for (int i = 0; i < mentions.size(); i++) {
                int position = i;
                counts.computeIfAbsent(known.get(mentions.get(i).entity()), id -> new int[] {0, position})[0]++;
            }
            counts.forEach((id, countAndFirst) -> rows.add(new Object[] {key, id, countAndFirst[0], countAndFirst[1]}));
            List<AttributedQuote> quotes = article.quotes();
            for (int i = 0; i < quotes.size(); i++) {
                Quote quote = quotes.get(i).quote();
                Long speaker = quotes.get(i).speakerEntity().map(known::get).orElse(null);
                quoted.add(new Object[] {key, i, quote.speaker(), speaker, quote.text(), quote.partial()});
            }
        }
        jdbc.batchUpdate("insert into article_entity (article_id, entity_id, mentions, first_at) values (?, ?, ?, ?)", rows);
        jdbc.batchUpdate("insert into quote (article_id, position, speaker, entity_id, text, partial) values (?, ?, ?, ?, ?, ?)", quoted);
    }

    /** Forgets the remembered ids, after a rolled-back transaction may have taken some back. */
    synchronized void forget() {
        ids.clear();
    }

    /**
     * The ids of these entities, adding rows for the new ones. Spellings of one name share a key
     * and so a row: the first spelling filed names it.
     */
    private Map<Entity, Long> idsOf(Collection<Entity> entities) {
        Map<Entity, Long> found = new HashMap<>();
        Map<String, List<Entity>> missing = new LinkedHashMap<>();
        for (Entity entity : entities) {
            Long id = ids.get(entity);
            if (id == null) {
                missing.computeIfAbsent(key(entity), any -> new ArrayList<>()).add(entity);
            } else {
                found.put(entity, id);
            }
        }
        if (missing.isEmpty()) {
            return found;
        }
        jdbc.batchUpdate("insert into entity (kind, name, name_key) values (?, ?, ?) on conflict (kind, name_key) do nothing",
                missing.values().stream().map(List::getFirst)
                        .map(entity -> new Object[] {entity.kind().name(), entity.canonicalName(), key(entity)}).toList());
        List<String> keys = new ArrayList<>(missing.keySet());
        for (int from = 0; from < keys.size(); from += KEYS_PER_LOOKUP) {
            List<String> chunk = keys.subList(from, Math.min(keys.size(), from + KEYS_PER_LOOKUP));
            String marks = String.join(", ", chunk.stream().map(key -> "?").toList());
            jdbc.query("select id, name_key from entity where name_key in (" + marks + ")", rs -> {
                for (Entity entity : missing.getOrDefault(rs.getString(2), List.of())) {
                    if (key(entity).equals(rs.getString(2)) && !found.containsKey(entity)) {
                        found.put(entity, rs.getLong(1));
                        ids.put(entity, rs.getLong(1));
                    }
                }
            }, chunk.toArray());
        }
        return found;
    }

    /** The kind and the transliteration key: one key may name a person and a place (Jordan). */
    private static String key(Entity entity) {
        return entity.kind().name().charAt(0) + ":" + EntityFinders.libraryKey(entity);
    }
}
