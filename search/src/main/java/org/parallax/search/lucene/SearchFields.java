package org.parallax.search.lucene;

import static org.parallax.search.lucene.ArticleDocuments.BYLINE;
import static org.parallax.search.lucene.ArticleDocuments.DEK;
import static org.parallax.search.lucene.ArticleDocuments.GATED_TEXT;
import static org.parallax.search.lucene.ArticleDocuments.OPEN_TEXT;
import static org.parallax.search.lucene.ArticleDocuments.TITLE;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.parallax.search.InvalidSearch;

/**
 * The index fields a reader's words may reach. Gated text is among them only for a visitor
 * entitled to it; every route from a typed prefix to an index field goes through here.
 */
public final class SearchFields {

    private static final SearchFields OPEN = new SearchFields(false);
    private static final SearchFields WITH_GATED = new SearchFields(true);

    private final List<Target> anywhere;
    private final List<Target> bodyText;

    private SearchFields(boolean gatedText) {
        bodyText = gatedText ? List.of(new Target(OPEN_TEXT, 1f), new Target(GATED_TEXT, 1f)) : List.of(new Target(OPEN_TEXT, 1f));
        List<Target> all = new ArrayList<>(List.of(new Target(TITLE, 3f), new Target(DEK, 2f), new Target(BYLINE, 1f)));
        all.addAll(bodyText);
        anywhere = List.copyOf(all);
    }

    public static SearchFields readable(boolean gatedText) {
        return gatedText ? WITH_GATED : OPEN;
    }

    /** The body fields a snippet may quote, in the order they are tried. */
    public String[] snippetFields() {
        return bodyText.stream().map(Target::field).toArray(String[]::new);
    }

    Set<String> all() {
        return anywhere.stream().map(Target::field).collect(Collectors.toSet());
    }

    /** The index fields for a prefix typed by the reader, or for no prefix ({@code anyField}). */
    List<Target> targets(String typed, String anyField) {
        if (typed.equals(anyField)) {
            return anywhere;
        }
        return switch (typed.toLowerCase(Locale.ROOT)) {
            case "title" -> List.of(new Target(TITLE, 1f));
            case "dek" -> List.of(new Target(DEK, 1f));
            case "byline" -> List.of(new Target(BYLINE, 1f));
            case "text" -> bodyText;
            default -> throw new InvalidSearch("\"" + typed + ":\" is not a field you can search: use title:, dek:, byline: or text:"
                    + " (or put the words in quotation marks)");
        };
    }

    /** The classic parser adds "~n" slop only to a bare phrase; ours are wrapped per field, so it is applied here. */
    static Query withSlop(Query query, int slop) {
        if (query instanceof PhraseQuery phrase) {
            PhraseQuery.Builder builder = new PhraseQuery.Builder().setSlop(slop);
            Term[] terms = phrase.getTerms();
            int[] positions = phrase.getPositions();
            for (int i = 0; i < terms.length; i++) {
                builder.add(terms[i], positions[i]);
            }
            return builder.build();
        }
        if (query instanceof MultiPhraseQuery phrase) {
            return new MultiPhraseQuery.Builder(phrase).setSlop(slop).build();
        }
        return query;
    }

    record Target(String field, float boost) {

        Query boosted(Query query) {
            return boost == 1f ? query : new BoostQuery(query, boost);
        }
    }
}
