package org.parallax.search.lucene;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * The passage shown under each hit: HTML-escaped body text around the matched words, which are
 * wrapped in {@code <mark>}. Only the fields the visitor may read are quoted; when none of them
 * matched (a title-only match), the start of the open text stands in.
 */
public final class Snippets {

    public static final int LENGTH = 200;
    private static final Set<String> OPEN_TEXT_ONLY = Set.of(ArticleDocuments.OPEN_TEXT);

    private final Analyzer analyzer;

    Snippets(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** One snippet per document, in the order of {@code docIds}. */
    String[] forHits(IndexSearcher searcher, Query query, int[] docIds, SearchFields fields) throws IOException {
        String[] names = fields.snippetFields();
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getSentenceInstance(Locale.ROOT), LENGTH, 0.5f))
                .withMaxNoHighlightPassages(0)
                .build();
        int[] onePassage = new int[names.length];
        Arrays.fill(onePassage, 1);
        Map<String, String[]> highlights = highlighter.highlightFields(names, query, docIds, onePassage);
        String[] snippets = new String[docIds.length];
        for (int i = 0; i < docIds.length; i++) {
            snippets[i] = firstHighlight(highlights, names, i);
            if (snippets[i] == null) {
                snippets[i] = opening(searcher.storedFields().document(docIds[i], OPEN_TEXT_ONLY).get(ArticleDocuments.OPEN_TEXT));
            }
        }
        return snippets;
    }

    private static String firstHighlight(Map<String, String[]> highlights, String[] names, int hit) {
        for (String name : names) {
            String highlight = highlights.get(name)[hit];
            if (highlight != null && !highlight.isBlank()) {
                return highlight.strip();
            }
        }
        return null;
    }

    /** The first words of the text, cut at a word boundary and escaped like any highlight. */
    public static String opening(String text) {
        if (text == null) {
            return "";
        }
        String flat = text.strip().replaceAll("\\s+", " ");
        if (flat.length() > LENGTH) {
            int cut = flat.lastIndexOf(' ', LENGTH);
            flat = flat.substring(0, cut > LENGTH / 2 ? cut : LENGTH) + " …";
        }
        return escape(flat);
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#x27;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
