package org.parallax.search.lucene;

import static org.parallax.search.lucene.ArticleDocuments.KIND;
import static org.parallax.search.lucene.ArticleDocuments.LANGUAGE;
import static org.parallax.search.lucene.ArticleDocuments.ORGANIZATION;
import static org.parallax.search.lucene.ArticleDocuments.OUTLET;
import static org.parallax.search.lucene.ArticleDocuments.PERSON;
import static org.parallax.search.lucene.ArticleDocuments.PLACE;
import static org.parallax.search.lucene.ArticleDocuments.PUBLISHED;

import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.parallax.search.SearchQuery;

/**
 * Narrows a text query by outlet, kind, language, the entities named and publication days;
 * filters do not change scores.
 */
final class SearchFilters {

    private SearchFilters() {
    }

    static Query narrow(Query text, SearchQuery search) {
        BooleanQuery.Builder narrowed = new BooleanQuery.Builder().add(text, Occur.MUST);
        if (!search.outlets().isEmpty()) {
            narrowed.add(anyOf(OUTLET, search.outlets()), Occur.FILTER);
        }
        if (!search.kinds().isEmpty()) {
            narrowed.add(anyOf(KIND, search.kinds()), Occur.FILTER);
        }
        if (search.language() != null && !search.language().isBlank()) {
            narrowed.add(new TermQuery(new Term(LANGUAGE, ArticleDocuments.languageCode(search.language()))), Occur.FILTER);
        }
        requireAll(narrowed, PERSON, search.entities().people());
        requireAll(narrowed, PLACE, search.entities().places());
        requireAll(narrowed, ORGANIZATION, search.entities().organizations());
        if (search.from() != null || search.to() != null) {
            // Days are whole UTC days, both ends included.
            long from = search.from() == null ? Long.MIN_VALUE : search.from().atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
            long to = search.to() == null ? Long.MAX_VALUE
                    : search.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli() - 1;
            narrowed.add(LongPoint.newRangeQuery(PUBLISHED, from, to), Occur.FILTER);
        }
        return narrowed.build();
    }

    /** Several people (or places, or organizations) asked for: an article must name every one. */
    private static void requireAll(BooleanQuery.Builder narrowed, String field, Set<String> names) {
        for (String name : names) {
            narrowed.add(new TermQuery(new Term(field, ArticleDocuments.entityKey(name))), Occur.FILTER);
        }
    }

    /** Slugs and kind codes are lower case; readers and links may not be. */
    private static Query anyOf(String field, Set<String> values) {
        return new TermInSetQuery(field, values.stream()
                .map(value -> new BytesRef(value.strip().toLowerCase(Locale.ROOT)))
                .toList());
    }
}
