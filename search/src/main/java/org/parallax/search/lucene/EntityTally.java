package org.parallax.search.lucene;

import static org.parallax.search.lucene.ArticleDocuments.ORGANIZATION;
import static org.parallax.search.lucene.ArticleDocuments.PERSON;
import static org.parallax.search.lucene.ArticleDocuments.PLACE;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.parallax.search.EntityFacets;

/**
 * Counts the entities the best matches of a search name. Only the best {@link #COUNTED_MATCHES}
 * are read, so the cost stays the same for a search with ten matches or a million; the entity
 * fields hold nothing from gated bodies, so neither do the counts.
 */
public final class EntityTally {

    public static final int COUNTED_MATCHES = 1000;

    private static final Comparator<EntityFacets.Count> MOST_NAMED_FIRST =
            Comparator.comparingInt(EntityFacets.Count::articles).reversed().thenComparing(EntityFacets.Count::name);

    private EntityTally() {
    }

    static EntityFacets count(IndexSearcher searcher, int[] docIds, int perKind) throws IOException {
        int[] inIndexOrder = docIds.clone();
        Arrays.sort(inIndexOrder);
        return new EntityFacets(top(searcher, PERSON, inIndexOrder, perKind), top(searcher, PLACE, inIndexOrder, perKind),
                top(searcher, ORGANIZATION, inIndexOrder, perKind));
    }

    private static List<EntityFacets.Count> top(IndexSearcher searcher, String field, int[] docIds, int limit) throws IOException {
        Map<String, Integer> counts = new HashMap<>();
        int next = 0;
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            int end = leaf.docBase + leaf.reader().maxDoc();
            if (next >= docIds.length || docIds[next] >= end) {
                continue;
            }
            SortedSetDocValues names = DocValues.getSortedSet(leaf.reader(), field);
            // Counted by ordinal within the segment; each distinct name is read once.
            Map<Long, Integer> ordinals = new HashMap<>();
            for (; next < docIds.length && docIds[next] < end; next++) {
                if (names.advanceExact(docIds[next] - leaf.docBase)) {
                    for (int n = 0; n < names.docValueCount(); n++) {
                        ordinals.merge(names.nextOrd(), 1, Integer::sum);
                    }
                }
            }
            for (Map.Entry<Long, Integer> ordinal : ordinals.entrySet()) {
                counts.merge(names.lookupOrd(ordinal.getKey()).utf8ToString(), ordinal.getValue(), Integer::sum);
            }
        }
        return counts.entrySet().stream()
                .map(entry -> new EntityFacets.Count(entry.getKey(), entry.getValue()))
                .sorted(MOST_NAMED_FIRST)
                .limit(limit)
                .toList();
    }
}
