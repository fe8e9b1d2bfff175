package org.parallax.search.opensearch;

import static org.parallax.search.lucene.ArticleDocuments.BYLINE;
import static org.parallax.search.lucene.ArticleDocuments.DEK;
import static org.parallax.search.lucene.ArticleDocuments.GATED_TEXT;
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

import java.util.List;
import java.util.Set;
import org.parallax.search.IndexedArticle;
import org.parallax.search.lucene.ArticleDocuments;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * How an article is laid out in OpenSearch: the fields of the Lucene engine's documents under the
 * same names, analysed by an analyzer built like {@code NewsAnalyzer} from OpenSearch's own
 * filters, so a query parsed by {@code SearchSyntax} means the same on both engines. Entity names
 * sit twice: as the key a filter matches ({@code person}) and as filed, for counting
 * ({@code personName}).
 */
final class ArticleIndex {

    /**
     * This layout's version, kept in the index's {@code _meta} with the mark. An index laid out
     * under another one is {@link OpenSearchSearchEngine#outdated() outdated} and rebuilt.
     */
    static final String LAYOUT = "1";
    static final String NEWS_ANALYZER = "news";
    static final List<String> ENTITY_FIELDS = List.of(PERSON, PLACE, ORGANIZATION);
    /** What a hit shows and the opening a snippet falls back on: never the gated text. */
    static final List<String> HIT_SOURCE = List.of(ID, URL, TITLE, OUTLET, OUTLET_NAME, OWN, KIND, PUBLISHED, OPEN_TEXT);

    private ArticleIndex() {
    }

    static String nameOf(String entityField) {
        return entityField + "Name";
    }

    /** Settings and mappings of a new index, with the mark it starts from. */
    static ObjectNode definition(long change) {
        ObjectNode definition = Cluster.JSON.createObjectNode();
        ObjectNode index = definition.putObject("settings").putObject("index");
        // One shard: term statistics, and so ranking, are those of the whole collection, as in
        // Lucene; a million articles fit in one shard comfortably.
        index.put("number_of_shards", 1);
        ObjectNode analysis = index.putObject("analysis");
        analysis.putObject("filter").putObject("english_possessive").put("type", "stemmer").put("language", "possessive_english");
        ObjectNode news = analysis.putObject("analyzer").putObject(NEWS_ANALYZER);
        news.put("type", "custom").put("tokenizer", "standard");
        news.putArray("filter").add("english_possessive").add("lowercase").add("asciifolding").add("kstem");
        ObjectNode mappings = definition.putObject("mappings");
        mappings.put("dynamic", "strict");
        mappings.set("_meta", meta(change));
        ObjectNode fields = mappings.putObject("properties");
        fields.putObject(ID).put("type", "keyword");
        fields.putObject(URL).put("type", "keyword").put("index", false).put("doc_values", false);
        for (String text : List.of(TITLE, DEK, BYLINE)) {
            fields.putObject(text).put("type", "text").put("analyzer", NEWS_ANALYZER);
        }
        for (String body : List.of(OPEN_TEXT, GATED_TEXT)) {
            // Offsets in the postings, as in Lucene, so highlighting does not analyse the text again.
            fields.putObject(body).put("type", "text").put("analyzer", NEWS_ANALYZER).put("index_options", "offsets");
        }
        for (String keyword : List.of(OUTLET, KIND, LANGUAGE)) {
            fields.putObject(keyword).put("type", "keyword");
        }
        fields.putObject(OUTLET_NAME).put("type", "keyword").put("index", false).put("doc_values", false);
        fields.putObject(OWN).put("type", "boolean");
        fields.putObject(PUBLISHED).put("type", "date").put("format", "epoch_millis");
        for (String entity : ENTITY_FIELDS) {
            fields.putObject(entity).put("type", "keyword").put("doc_values", false);
            fields.putObject(nameOf(entity)).put("type", "keyword").put("index", false);
        }
        return definition;
    }

    /** The index's {@code _meta}: the last library change it holds and its layout. */
    static ObjectNode meta(long change) {
        ObjectNode meta = Cluster.JSON.createObjectNode();
        meta.putObject("parallax").put("change", change).put("layout", LAYOUT);
        return meta;
    }

    static ObjectNode document(IndexedArticle article) {
        ObjectNode document = Cluster.JSON.createObjectNode();
        document.put(ID, article.id());
        document.put(URL, orEmpty(article.url()));
        document.put(TITLE, orEmpty(article.title()));
        document.put(DEK, orEmpty(article.dek()));
        document.put(BYLINE, orEmpty(article.byline()));
        document.put(OPEN_TEXT, orEmpty(article.openText()));
        document.put(GATED_TEXT, orEmpty(article.gatedText()));
        document.put(OUTLET, orEmpty(article.outletSlug()));
        document.put(OUTLET_NAME, orEmpty(article.outletName()));
        document.put(OWN, article.own());
        document.put(KIND, orEmpty(article.kind()));
        if (article.language() != null && !article.language().isBlank()) {
            document.put(LANGUAGE, ArticleDocuments.languageCode(article.language()));
        }
        if (article.published() != null) {
            document.put(PUBLISHED, article.published().toEpochMilli());
        }
        entities(document, PERSON, article.entities().people());
        entities(document, PLACE, article.entities().places());
        entities(document, ORGANIZATION, article.entities().organizations());
        return document;
    }

    private static void entities(ObjectNode document, String field, Set<String> names) {
        ArrayNode keys = document.putArray(field);
        ArrayNode filed = document.putArray(nameOf(field));
        for (String name : names) {
            keys.add(ArticleDocuments.entityKey(name));
            filed.add(name);
        }
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
