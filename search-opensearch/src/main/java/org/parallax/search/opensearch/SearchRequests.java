package org.parallax.search.opensearch;

import static org.parallax.search.lucene.ArticleDocuments.ID;
import static org.parallax.search.lucene.ArticleDocuments.KIND;
import static org.parallax.search.lucene.ArticleDocuments.LANGUAGE;
import static org.parallax.search.lucene.ArticleDocuments.OPEN_TEXT;
import static org.parallax.search.lucene.ArticleDocuments.ORGANIZATION;
import static org.parallax.search.lucene.ArticleDocuments.OUTLET;
import static org.parallax.search.lucene.ArticleDocuments.OUTLET_NAME;
import static org.parallax.search.lucene.ArticleDocuments.OWN;
import static org.parallax.search.lucene.ArticleDocuments.PERSON;
import static org.parallax.search.lucene.ArticleDocuments.PLACE;
import static org.parallax.search.lucene.ArticleDocuments.PUBLISHED;
import static org.parallax.search.lucene.ArticleDocuments.TITLE;
import static org.parallax.search.lucene.ArticleDocuments.URL;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.search.Query;
import org.parallax.search.EntityFacets;
import org.parallax.search.SearchHit;
import org.parallax.search.SearchQuery;
import org.parallax.search.SearchResult;
import org.parallax.search.SearchSort;
import org.parallax.search.lucene.ArticleDocuments;
import org.parallax.search.lucene.EntityTally;
import org.parallax.search.lucene.SearchFields;
import org.parallax.search.lucene.Snippets;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One search as OpenSearch runs it, and its answer read back: the parsed words narrowed by the
 * same filters as the Lucene engine's, the same order, exact totals, snippets only from the fields
 * the visitor may read, and entity counts over the best matches.
 */
final class SearchRequests {

    private static final String SAMPLE = "best";

    private SearchRequests() {
    }

    static ObjectNode body(SearchQuery query, Query text) {
        boolean newestFirst = query.text().isEmpty() || query.sort() == SearchSort.DATE;
        ObjectNode words = QueryTranslation.of(text);
        ObjectNode body = Cluster.JSON.createObjectNode();
        body.put("from", (query.page() - 1) * query.pageSize());
        body.put("size", query.pageSize());
        body.put("track_total_hits", true);
        body.set("query", narrowed(newestFirst && query.facets() > 0 ? newestScoredHighest(words) : words, query));
        ArrayNode sort = body.putArray("sort");
        if (!newestFirst) {
            sort.addObject().putObject("_score").put("order", "desc");
        }
        sort.addObject().putObject(PUBLISHED).put("order", "desc").put("missing", "_last");
        ArrayNode source = body.putObject("_source").putArray("includes");
        ArticleIndex.HIT_SOURCE.forEach(source::add);
        body.set("highlight", highlight(query, words));
        if (query.facets() > 0) {
            body.set("aggs", facets(query));
        }
        return body;
    }

    /** The filters of {@code SearchFilters}, field for field: they narrow without changing scores. */
    private static ObjectNode narrowed(ObjectNode words, SearchQuery search) {
        ObjectNode wrapper = Cluster.JSON.createObjectNode();
        ObjectNode bool = wrapper.putObject("bool");
        bool.putArray("must").add(words);
        ArrayNode filter = bool.putArray("filter");
        if (!search.outlets().isEmpty()) {
            filter.add(anyOf(OUTLET, search.outlets()));
        }
        if (!search.kinds().isEmpty()) {
            filter.add(anyOf(KIND, search.kinds()));
        }
        if (search.language() != null && !search.language().isBlank()) {
            filter.add(term(LANGUAGE, ArticleDocuments.languageCode(search.language())));
        }
        requireAll(filter, PERSON, search.entities().people());
        requireAll(filter, PLACE, search.entities().places());
        requireAll(filter, ORGANIZATION, search.entities().organizations());
        if (search.from() != null || search.to() != null) {
            // Days are whole UTC days, both ends included.
            ObjectNode range = filter.addObject().putObject("range").putObject(PUBLISHED);
            if (search.from() != null) {
                range.put("gte", search.from().atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli());
            }
            if (search.to() != null) {
                range.put("lte", search.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli() - 1);
            }
        }
        return wrapper;
    }

    private static void requireAll(ArrayNode filter, String field, Set<String> names) {
        names.forEach(name -> filter.add(term(field, ArticleDocuments.entityKey(name))));
    }

    /** Slugs and kind codes are lower case; readers and links may not be. */
    private static ObjectNode anyOf(String field, Set<String> values) {
        ObjectNode wrapper = Cluster.JSON.createObjectNode();
        ArrayNode terms = wrapper.putObject("terms").putArray(field);
        values.forEach(value -> terms.add(value.strip().toLowerCase(Locale.ROOT)));
        return wrapper;
    }

    private static ObjectNode term(String field, String value) {
        ObjectNode wrapper = Cluster.JSON.createObjectNode();
        wrapper.putObject("term").putObject(field).put("value", value);
        return wrapper;
    }

    /**
     * In date order the counted matches are the newest ones, as in Lucene; the sampler that picks
     * them goes by score, so the score becomes the publication time. Hits are sorted by the
     * field itself, so their order does not depend on this.
     */
    private static ObjectNode newestScoredHighest(ObjectNode words) {
        ObjectNode wrapper = Cluster.JSON.createObjectNode();
        ObjectNode score = wrapper.putObject("function_score");
        score.set("query", words);
        score.putArray("functions").addObject().putObject("field_value_factor").put("field", PUBLISHED).put("missing", 0);
        score.put("boost_mode", "replace");
        return wrapper;
    }

    /** {@code <mark>}ed, HTML-escaped passages of about a snippet's length, from readable body fields only. */
    private static ObjectNode highlight(SearchQuery query, ObjectNode words) {
        ObjectNode highlight = Cluster.JSON.createObjectNode();
        highlight.put("type", "unified");
        highlight.put("encoder", "html");
        highlight.putArray("pre_tags").add("<mark>");
        highlight.putArray("post_tags").add("</mark>");
        highlight.put("require_field_match", true);
        highlight.set("highlight_query", words);
        ObjectNode fields = highlight.putObject("fields");
        for (String field : SearchFields.readable(query.gatedText()).snippetFields()) {
            fields.putObject(field).put("number_of_fragments", 1).put("fragment_size", Snippets.LENGTH)
                    .put("boundary_scanner", "sentence").put("no_match_size", 0);
        }
        return highlight;
    }

    /** The most named entities per kind among the best matches, most named first, then by name. */
    private static ObjectNode facets(SearchQuery query) {
        ObjectNode aggs = Cluster.JSON.createObjectNode();
        ObjectNode sample = aggs.putObject(SAMPLE);
        sample.putObject("sampler").put("shard_size", Math.max(query.page() * query.pageSize(), EntityTally.COUNTED_MATCHES));
        ObjectNode kinds = sample.putObject("aggs");
        for (String entity : ArticleIndex.ENTITY_FIELDS) {
            ObjectNode terms = kinds.putObject(entity).putObject("terms");
            terms.put("field", ArticleIndex.nameOf(entity)).put("size", query.facets());
            ArrayNode order = terms.putArray("order");
            order.addObject().put("_count", "desc");
            order.addObject().put("_key", "asc");
        }
        return aggs;
    }

    static SearchResult result(SearchQuery query, JsonNode answer) {
        JsonNode hits = answer.path("hits");
        List<SearchHit> page = new ArrayList<>();
        for (JsonNode hit : hits.path("hits")) {
            page.add(hit(hit, query));
        }
        EntityFacets facets = query.facets() == 0 ? EntityFacets.NONE : facets(answer.path("aggregations").path(SAMPLE));
        return new SearchResult(hits.path("total").path("value").asLong(), query.page(), query.pageSize(), page, facets);
    }

    private static SearchHit hit(JsonNode hit, SearchQuery query) {
        JsonNode source = hit.path("_source");
        JsonNode published = source.get(PUBLISHED);
        return new SearchHit(source.path(ID).asString(), source.path(URL).asString(), source.path(TITLE).asString(),
                source.path(OUTLET).asString(), source.path(OUTLET_NAME).asString(), source.path(OWN).asBoolean(),
                source.path(KIND).asString(), published == null || published.isNull() ? null : Instant.ofEpochMilli(published.asLong()),
                snippet(hit, source, query));
    }

    /** The first readable body field that matched; the opening of the open text when none did. */
    private static String snippet(JsonNode hit, JsonNode source, SearchQuery query) {
        for (String field : SearchFields.readable(query.gatedText()).snippetFields()) {
            String passage = hit.path("highlight").path(field).path(0).asString("");
            if (!passage.isBlank()) {
                return passage.strip();
            }
        }
        return Snippets.opening(source.path(OPEN_TEXT).asString(""));
    }

    private static EntityFacets facets(JsonNode sample) {
        return new EntityFacets(counts(sample, PERSON), counts(sample, PLACE), counts(sample, ORGANIZATION));
    }

    private static List<EntityFacets.Count> counts(JsonNode sample, String entity) {
        List<EntityFacets.Count> counts = new ArrayList<>();
        for (JsonNode bucket : sample.path(entity).path("buckets")) {
            counts.add(new EntityFacets.Count(bucket.path("key").asString(), bucket.path("doc_count").asInt()));
        }
        return counts;
    }
}
