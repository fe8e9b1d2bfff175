package org.parallax.search.lucene;

import static org.parallax.search.lucene.ArticleDocuments.PUBLISHED;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.parallax.search.EntityFacets;
import org.parallax.search.IndexedArticle;
import org.parallax.search.SearchEngine;
import org.parallax.search.SearchHit;
import org.parallax.search.SearchQuery;
import org.parallax.search.SearchResult;
import org.parallax.search.SearchSort;

/** The embedded search engine: a Lucene index in the data folder, ranked with BM25. Each node keeps its own. */
public final class LuceneSearchEngine implements SearchEngine, Closeable {

    private static final Sort NEWEST_FIRST = new Sort(newestFirst());
    private static final Sort BEST_FIRST = new Sort(SortField.FIELD_SCORE, newestFirst());
    /** Stored fields a hit needs; the body fields are read only by the highlighter. */
    private static final Set<String> HIT_FIELDS = Set.of(ArticleDocuments.ID, ArticleDocuments.URL, ArticleDocuments.TITLE,
            ArticleDocuments.OUTLET, ArticleDocuments.OUTLET_NAME, ArticleDocuments.OWN, ArticleDocuments.KIND, PUBLISHED);

    private final LuceneIndex index;
    private final SearchSyntax syntax;
    private final Snippets snippets;

    public LuceneSearchEngine(Path folder) {
        Analyzer analyzer = new NewsAnalyzer();
        this.index = new LuceneIndex(folder, analyzer, ArticleDocuments.LAYOUT);
        this.syntax = new SearchSyntax(analyzer);
        this.snippets = new Snippets(analyzer);
    }

    @Override
    public void index(Collection<IndexedArticle> articles, long change) {
        Collection<IndexedArticle> latest = latestPerId(articles);
        index.write(change, writer -> {
            for (IndexedArticle article : latest) {
                writer.updateDocument(ArticleDocuments.idTerm(article.id()), ArticleDocuments.document(article));
            }
        });
    }

    @Override
    public void delete(Collection<String> articleIds, long change) {
        Term[] ids = articleIds.stream().map(ArticleDocuments::idTerm).toArray(Term[]::new);
        index.write(change, writer -> writer.deleteDocuments(ids));
    }

    /** Writes the new index beside the old one's last commit, which readers keep seeing until it is complete. */
    @Override
    public void rebuild(long change, Walk walk) {
        index.writeWhole(change, writer -> {
            writer.deleteAll();
            walk.addTo(batch -> {
                for (IndexedArticle article : latestPerId(batch)) {
                    try {
                        writer.updateDocument(ArticleDocuments.idTerm(article.id()), ArticleDocuments.document(article));
                    } catch (IOException e) {
                        throw new UncheckedIOException("Adding " + article.id() + " to the rebuilt index failed", e);
                    }
                }
            });
        });
    }

    @Override
    public SearchResult search(SearchQuery query) {
        Query text = syntax.parse(query.text(), query.gatedText());
        Query narrowed = SearchFilters.narrow(text, query);
        Sort order = query.text().isEmpty() || query.sort() == SearchSort.DATE ? NEWEST_FIRST : BEST_FIRST;
        return index.withSearcher(searcher -> page(searcher, query, text, narrowed, order),
                () -> new SearchResult(0, query.page(), query.pageSize(), List.of()));
    }

    @Override
    public long lastIndexedChange() {
        return index.lastChange();
    }

    /** The index was written with another document layout and must be rebuilt before it is written to. */
    @Override
    public boolean outdated() {
        return index.outdated();
    }

    /** Each node has its own index folder. */
    @Override
    public boolean shared() {
        return false;
    }

    @Override
    public void close() throws IOException {
        index.close();
    }

    private SearchResult page(IndexSearcher searcher, SearchQuery query, Query text, Query narrowed, Sort order) throws IOException {
        int wanted = query.page() * query.pageSize();
        int collected = query.facets() > 0 ? Math.max(wanted, EntityTally.COUNTED_MATCHES) : wanted;
        // Exact totals: readers see "1,234 results", and counting is cheap next to scoring.
        TopFieldDocs top = searcher.search(narrowed, new TopFieldCollectorManager(order, collected, Integer.MAX_VALUE));
        int first = (query.page() - 1) * query.pageSize();
        ScoreDoc[] shown = first >= top.scoreDocs.length ? new ScoreDoc[0]
                : Arrays.copyOfRange(top.scoreDocs, first, Math.min(wanted, top.scoreDocs.length));
        int[] docIds = Arrays.stream(shown).mapToInt(hit -> hit.doc).toArray();
        String[] quoted = snippets.forHits(searcher, text, docIds, SearchFields.readable(query.gatedText()));
        List<SearchHit> hits = new ArrayList<>(docIds.length);
        for (int i = 0; i < docIds.length; i++) {
            hits.add(hit(searcher.storedFields().document(docIds[i], HIT_FIELDS), quoted[i]));
        }
        EntityFacets facets = query.facets() == 0 ? EntityFacets.NONE
                : EntityTally.count(searcher, Arrays.stream(top.scoreDocs).mapToInt(hit -> hit.doc).toArray(), query.facets());
        return new SearchResult(top.totalHits.value(), query.page(), query.pageSize(), hits, facets);
    }

    private static SearchHit hit(Document document, String snippet) {
        return new SearchHit(document.get(ArticleDocuments.ID), document.get(ArticleDocuments.URL),
                document.get(ArticleDocuments.TITLE), document.get(ArticleDocuments.OUTLET),
                document.get(ArticleDocuments.OUTLET_NAME), ArticleDocuments.own(document),
                document.get(ArticleDocuments.KIND), ArticleDocuments.published(document), snippet);
    }

    /** A batch may carry several changes of one article; the last one wins. */
    private static Collection<IndexedArticle> latestPerId(Collection<IndexedArticle> articles) {
        Map<String, IndexedArticle> latest = new LinkedHashMap<>();
        articles.forEach(article -> latest.put(article.id(), article));
        return latest.values();
    }

    private static SortField newestFirst() {
        SortField published = new SortField(PUBLISHED, SortField.Type.LONG, true);
        published.setMissingValue(Long.MIN_VALUE);
        return published;
    }
}
