package org.parallax.search.lucene;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.parallax.search.InvalidSearch;

/**
 * Turns what a reader types into a Lucene query: words (all required), "phrases", AND, OR, NOT,
 * -word, parentheses, and the prefixes title:, dek:, byline: and text:. Anything else a
 * search engine could do (other fields, patterns, ranges, leading wildcards) is refused with a
 * message the reader can act on, so the API can answer 400 instead of guessing.
 */
public final class SearchSyntax {

    public static final int MAX_LENGTH = 500;
    public static final int MAX_WORDS = 40;

    private final Analyzer analyzer;

    public SearchSyntax(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** An empty text matches every article; the caller then lists them newest first. */
    public Query parse(String text, boolean gatedText) {
        if (text.isBlank()) {
            return new MatchAllDocsQuery();
        }
        if (text.length() > MAX_LENGTH) {
            throw new InvalidSearch("The search is too long: use at most " + MAX_LENGTH + " characters");
        }
        ReaderQueryParser parser = new ReaderQueryParser(analyzer, SearchFields.readable(gatedText));
        Query query;
        try {
            query = parser.parse(text);
        } catch (ParseException e) {
            if (e.getCause() instanceof IndexSearcher.TooManyClauses) {
                throw tooManyWords();
            }
            throw new InvalidSearch(explain(text));
        }
        requireOnlyReadableFields(query, gatedText);
        return query;
    }

    static InvalidSearch tooManyWords() {
        return new InvalidSearch("The search has too many words: use at most " + MAX_WORDS);
    }

    /** Lucene's own parse errors name grammar tokens; readers need to know which character to fix. */
    static String explain(String text) {
        int quotes = 0;
        int depth = 0;
        boolean escaped = false;
        for (char c : text.toCharArray()) {
            if (escaped) {
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
            } else if (c == '"') {
                quotes++;
            } else if (quotes % 2 == 0 && c == '(') {
                depth++;
            } else if (quotes % 2 == 0 && c == ')') {
                if (--depth < 0) {
                    return "The search has a closing parenthesis \")\" without an opening one";
                }
            }
        }
        if (quotes % 2 != 0) {
            return "The search has a quotation mark that is not closed: end the phrase with \"";
        }
        if (depth > 0) {
            return "The search has a parenthesis \"(\" that is not closed: add \")\"";
        }
        return "The search could not be understood: check for AND, OR or NOT without words on both sides,"
                + " or put special characters ( ) [ ] { } : ^ ~ * ? \\ / inside quotation marks";
    }

    /**
     * The guarantee that gated text is never matched for a visitor who may not read it rests on
     * this check as well as on the parser: whatever route a query takes, it may only name readable fields.
     */
    private static void requireOnlyReadableFields(Query query, boolean gatedText) {
        Set<String> fields = new HashSet<>();
        query.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                fields.add(field);
                return true;
            }
        });
        fields.removeAll(SearchFields.readable(gatedText).all());
        if (!fields.isEmpty()) {
            throw new InvalidSearch("The search names a field that cannot be searched: use title:, dek:, byline: or text:");
        }
    }

    /** The classic Lucene parser, with every way of naming a field routed through {@link SearchFields}. */
    private static final class ReaderQueryParser extends QueryParser {

        private static final String ANY_FIELD = "_any";

        private final SearchFields fields;
        private int words;

        ReaderQueryParser(Analyzer analyzer, SearchFields fields) {
            super(ANY_FIELD, analyzer);
            this.fields = fields;
            setDefaultOperator(QueryParser.AND_OPERATOR);
            // Each word finds its own field: "okafor accord" matches a byline and a title together.
            setSplitOnWhitespace(true);
            setAllowLeadingWildcard(false);
        }

        @Override
        protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
            counted();
            BooleanQuery.Builder anyOf = new BooleanQuery.Builder();
            for (SearchFields.Target target : fields.targets(field, ANY_FIELD)) {
                Query query = super.getFieldQuery(target.field(), queryText, quoted);
                if (query != null) {
                    anyOf.add(target.boosted(query), BooleanClause.Occur.SHOULD);
                }
            }
            return nullIfEmpty(anyOf.build());
        }

        @Override
        protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
            counted();
            BooleanQuery.Builder anyOf = new BooleanQuery.Builder();
            for (SearchFields.Target target : fields.targets(field, ANY_FIELD)) {
                Query phrase = super.getFieldQuery(target.field(), queryText, true);
                if (phrase != null) {
                    anyOf.add(target.boosted(SearchFields.withSlop(phrase, slop)), BooleanClause.Occur.SHOULD);
                }
            }
            return nullIfEmpty(anyOf.build());
        }

        @Override
        protected Query getWildcardQuery(String field, String termStr) throws ParseException {
            requireLettersBeforeWildcard(termStr);
            return inAnyAllowedField(field, target -> super.getWildcardQuery(target, termStr));
        }

        @Override
        protected Query getPrefixQuery(String field, String termStr) throws ParseException {
            requireLettersBeforeWildcard(termStr);
            return inAnyAllowedField(field, target -> super.getPrefixQuery(target, termStr));
        }

        @Override
        protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
            return inAnyAllowedField(field, target -> super.getFuzzyQuery(target, termStr, minSimilarity));
        }

        /** The query in each index field the visitor may search that {@code field} names, any of them matching. */
        private Query inAnyAllowedField(String field, FieldQuery query) throws ParseException {
            counted();
            BooleanQuery.Builder anyOf = new BooleanQuery.Builder();
            for (SearchFields.Target target : fields.targets(field, ANY_FIELD)) {
                anyOf.add(target.boosted(query.in(target.field())), BooleanClause.Occur.SHOULD);
            }
            return anyOf.build();
        }

        @Override
        protected Query getRegexpQuery(String field, String termStr) {
            throw new InvalidSearch("Patterns between slashes (/.../) are not supported: search for the words themselves");
        }

        @Override
        protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive, boolean endInclusive) {
            throw new InvalidSearch("Ranges in brackets are not supported: use the from and to dates to limit the period");
        }

        /** "-word" alone means "everything but word", not "nothing". */
        @Override
        protected Query getBooleanQuery(List<BooleanClause> clauses) throws ParseException {
            Query query = super.getBooleanQuery(clauses);
            if (!clauses.isEmpty() && clauses.stream().allMatch(BooleanClause::isProhibited)) {
                BooleanQuery.Builder everythingBut = new BooleanQuery.Builder();
                everythingBut.add(new MatchAllDocsQuery(), BooleanClause.Occur.FILTER);
                clauses.forEach(everythingBut::add);
                return everythingBut.build();
            }
            return query;
        }

        private void counted() {
            if (++words > MAX_WORDS) {
                throw tooManyWords();
            }
        }

        private static void requireLettersBeforeWildcard(String term) {
            int wildcard = indexOfWildcard(term);
            if (wildcard == 0) {
                throw new InvalidSearch("A word cannot start with * or ?: put at least three letters before them");
            }
            if (wildcard < 3) {
                throw new InvalidSearch("Put at least three letters before * or ? (\"" + term + "\" matches too many words)");
            }
        }

        private static int indexOfWildcard(String term) {
            for (int i = 0; i < term.length(); i++) {
                if (term.charAt(i) == '*' || term.charAt(i) == '?') {
                    return i;
                }
            }
            return term.length();
        }

        private static Query nullIfEmpty(BooleanQuery query) {
            return query.clauses().isEmpty() ? null : query;
        }
    }

    /** Builds the query for one index field. */
    private interface FieldQuery {
        Query in(String field) throws ParseException;
    }
}
