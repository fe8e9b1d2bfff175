package org.parallax.search.opensearch;

import java.io.Closeable;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.search.Query;
import org.parallax.search.IndexedArticle;
import org.parallax.search.SearchEngine;
import org.parallax.search.SearchQuery;
import org.parallax.search.SearchResult;
import org.parallax.search.SearchUnavailable;
import org.parallax.search.lucene.NewsAnalyzer;
import org.parallax.search.lucene.SearchSyntax;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The search port on an OpenSearch cluster, shared by every node of the site. Searches and writes
 * go through an alias; the index behind it keeps the last library change it holds (the mark) in
 * its {@code _meta}, so the mark moves with the alias when a rebuild switches it to a new index.
 * A reader's words are parsed by the Lucene engine's {@link SearchSyntax}, so the syntax, its
 * errors and its guard on gated text are the same on both engines.
 */
public final class OpenSearchSearchEngine implements SearchEngine, Closeable {

    private static final Logger log = LoggerFactory.getLogger(OpenSearchSearchEngine.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS");

    private final Cluster cluster;
    private final String alias;
    private final SearchSyntax syntax = new SearchSyntax(new NewsAnalyzer());
    /** Once seen, the alias stays: a rebuild moves it, never removes it. */
    private volatile boolean aliasExists;

    public OpenSearchSearchEngine(OpenSearchSettings settings) {
        this.cluster = new Cluster(settings);
        this.alias = settings.alias();
    }

    @Override
    public void index(Collection<IndexedArticle> articles, long change) {
        requireIndex();
        write(alias, indexLines(articles));
        mark(alias, change);
    }

    @Override
    public void delete(Collection<String> articleIds, long change) {
        requireIndex();
        StringBuilder lines = new StringBuilder();
        articleIds.forEach(id -> lines.append(action("delete", id)).append('\n'));
        write(alias, lines.toString());
        mark(alias, change);
    }

    @Override
    public SearchResult search(SearchQuery query) {
        Query text = syntax.parse(query.text(), query.gatedText());
        return cluster.call("POST", "/" + alias + "/_search", SearchRequests.body(query, text))
                .map(answer -> SearchRequests.result(query, answer))
                .orElseGet(() -> new SearchResult(0, query.page(), query.pageSize(), List.of()));
    }

    @Override
    public long lastIndexedChange() {
        return meta().map(meta -> meta.path("change").asLong(0)).orElse(0L);
    }

    @Override
    public boolean outdated() {
        return meta().map(meta -> !ArticleIndex.LAYOUT.equals(meta.path("layout").asString(""))).orElse(false);
    }

    /** Every node reads and writes the one index behind the alias. */
    @Override
    public boolean shared() {
        return true;
    }

    /**
     * Fills a new index ({@code <alias>-<timestamp>}) while searches keep using the old one, then
     * moves the alias to it in one step and deletes the old index. A failed rebuild deletes the
     * new index and leaves the alias where it was.
     */
    @Override
    public void rebuild(long change, Walk walk) {
        String fresh = alias + "-" + ZonedDateTime.now(ZoneOffset.UTC).format(STAMP);
        ObjectNode definition = ArticleIndex.definition(0);
        // Refreshed once at the end rather than every second of a long fill.
        ((ObjectNode) definition.path("settings").path("index")).put("refresh_interval", "-1");
        cluster.call("PUT", "/" + fresh, definition);
        List<String> old;
        try {
            walk.addTo(batch -> {
                String lines = indexLines(batch);
                if (!lines.isEmpty()) {
                    bulk(fresh + "/_bulk", lines);
                }
            });
            ObjectNode refreshing = Cluster.JSON.createObjectNode();
            refreshing.putObject("index").put("refresh_interval", (String) null);
            cluster.call("PUT", "/" + fresh + "/_settings", refreshing);
            cluster.call("POST", "/" + fresh + "/_refresh", null);
            mark(fresh, change);
            old = indexesBehindAlias();
            switchAlias(old, fresh);
        } catch (RuntimeException e) {
            try {
                cluster.call("DELETE", "/" + fresh, null);
            } catch (RuntimeException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
        aliasExists = true;
        // The new index is live from here on: an old one that cannot be deleted now is only left over.
        for (String index : old) {
            try {
                cluster.call("DELETE", "/" + index, null);
            } catch (RuntimeException e) {
                log.warn("The old search index {} could not be deleted after the rebuild; delete it by hand: {}", index, e.getMessage());
            }
        }
    }

    @Override
    public void close() {
        cluster.close();
    }

    /** The alias is created with its first index on the first write; nodes racing to do it make one. */
    private void requireIndex() {
        if (aliasExists || !indexesBehindAlias().isEmpty()) {
            aliasExists = true;
            return;
        }
        ObjectNode definition = ArticleIndex.definition(0);
        definition.putObject("aliases").putObject(alias);
        try {
            cluster.call("PUT", "/" + alias + "-first", definition);
            log.info("Created the OpenSearch index {}-first behind the alias {}", alias, alias);
        } catch (IllegalStateException exists) {
            if (indexesBehindAlias().isEmpty()) {
                throw exists;
            }
        }
        aliasExists = true;
    }

    private List<String> indexesBehindAlias() {
        List<String> indexes = new ArrayList<>();
        cluster.call("GET", "/_alias/" + alias, null).ifPresent(answer -> answer.propertyNames().forEach(indexes::add));
        return indexes;
    }

    private void switchAlias(List<String> old, String fresh) {
        ObjectNode body = Cluster.JSON.createObjectNode();
        ArrayNode actions = body.putArray("actions");
        for (String index : old) {
            actions.addObject().putObject("remove").put("index", index).put("alias", alias);
        }
        actions.addObject().putObject("add").put("index", fresh).put("alias", alias);
        cluster.call("POST", "/_aliases", body);
    }

    /** The index's {@code parallax} entry in {@code _meta}; empty while there is no index. */
    private Optional<JsonNode> meta() {
        return cluster.call("GET", "/" + alias + "/_mapping", null).flatMap(answer -> {
            for (JsonNode index : answer) {
                return Optional.of(index.path("mappings").path("_meta").path("parallax"));
            }
            return Optional.empty();
        });
    }

    /** Moves the mark only after the articles it stands for are written and searchable. */
    private void mark(String index, long change) {
        ObjectNode body = Cluster.JSON.createObjectNode();
        body.set("_meta", ArticleIndex.meta(change));
        cluster.call("PUT", "/" + index + "/_mapping", body);
    }

    /**
     * Written and searchable when this returns, or not marked at all: the indexer then tries again.
     * Writes require the alias, so an index deleted under a running site is created again with
     * its mapping on the next try rather than guessed from the documents.
     */
    private void write(String index, String lines) {
        if (lines.isEmpty()) {
            return;
        }
        try {
            bulk(index + "/_bulk?refresh=true&require_alias=true", lines);
        } catch (RuntimeException e) {
            aliasExists = false;
            throw e;
        }
    }

    /** {@code target} is the index and the bulk endpoint with its parameters. */
    private void bulk(String target, String lines) {
        JsonNode answer = cluster.bulk("/" + target, lines)
                .orElseThrow(() -> new IllegalStateException("The OpenSearch index of " + target + " does not exist"));
        if (answer.path("errors").asBoolean()) {
            for (JsonNode item : answer.path("items")) {
                JsonNode result = item.iterator().next();
                int status = result.path("status").asInt();
                if (status == 429 || status >= 500) {
                    throw new SearchUnavailable("OpenSearch could not write " + result.path("_id").asString() + " now (" + status
                            + "); the batch is tried again", null);
                }
                // Deleting what is not there is no failure: it is gone either way.
                if (status >= 300 && !(status == 404 && item.has("delete"))) {
                    throw new IllegalStateException("OpenSearch did not write " + result.path("_id").asString() + ": "
                            + result.path("error").path("type").asString() + ": " + result.path("error").path("reason").asString());
                }
            }
        }
    }

    /** Index actions for a bulk request, the last version of each article only. */
    private static String indexLines(Collection<IndexedArticle> articles) {
        StringBuilder lines = new StringBuilder();
        for (IndexedArticle article : latestPerId(articles)) {
            lines.append(action("index", article.id())).append('\n')
                    .append(Cluster.JSON.writeValueAsString(ArticleIndex.document(article))).append('\n');
        }
        return lines.toString();
    }

    private static String action(String kind, String id) {
        ObjectNode action = Cluster.JSON.createObjectNode();
        action.putObject(kind).put("_id", id);
        return Cluster.JSON.writeValueAsString(action);
    }

    /** A batch may carry several changes of one article; the last one wins. */
    private static Collection<IndexedArticle> latestPerId(Collection<IndexedArticle> articles) {
        Map<String, IndexedArticle> latest = new LinkedHashMap<>();
        articles.forEach(article -> latest.put(article.id(), article));
        return latest.values();
    }
}
