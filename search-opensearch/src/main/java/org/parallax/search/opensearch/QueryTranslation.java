package org.parallax.search.opensearch;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns the Lucene query {@code SearchSyntax} parsed from a reader's words into OpenSearch's query
 * DSL, node for node, so both engines match the same articles. Terms arrive analysed already
 * (lower case, folded, stemmed), so they are matched as they are: phrases through
 * {@code match_phrase} with the whitespace analyzer, which builds the same Lucene phrase query,
 * slop and all. Only the fields the parsed query names are named here, so the parser's guard on
 * gated text holds for this engine too.
 */
final class QueryTranslation {

    private QueryTranslation() {
    }

    static ObjectNode of(Query query) {
        return switch (query) {
            case MatchAllDocsQuery all -> single("match_all");
            case MatchNoDocsQuery none -> single("match_none");
            case BoostQuery boost -> boosted(of(boost.getQuery()), boost.getBoost());
            case BooleanQuery bool -> bool(bool);
            case TermQuery term -> term(term.getTerm());
            case PhraseQuery phrase -> phrase(phrase);
            case MultiPhraseQuery phrase -> multiPhrase(phrase);
            case SynonymQuery synonyms -> anyTerm(synonyms);
            case PrefixQuery prefix -> termLevel("prefix", prefix.getPrefix());
            case WildcardQuery wildcard -> termLevel("wildcard", wildcard.getTerm());
            case FuzzyQuery fuzzy -> fuzzy(fuzzy);
            default -> throw new IllegalStateException("No OpenSearch form for the parsed query " + query.getClass().getSimpleName()
                    + ": " + query);
        };
    }

    private static ObjectNode bool(BooleanQuery query) {
        ObjectNode wrapper = Cluster.JSON.createObjectNode();
        ObjectNode bool = wrapper.putObject("bool");
        boolean positive = false;
        for (BooleanClause clause : query.clauses()) {
            String occur = switch (clause.occur()) {
                case MUST -> "must";
                case SHOULD -> "should";
                case FILTER -> "filter";
                case MUST_NOT -> "must_not";
            };
            positive |= clause.occur() != BooleanClause.Occur.MUST_NOT;
            array(bool, occur).add(of(clause.query()));
        }
        if (!positive) {
            // Lucene matches nothing with no positive clause (OpenSearch would match everything else);
            // the parser wraps a lone "-word" in a match-all filter itself.
            array(bool, "filter").add(single("match_none"));
        }
        if (query.getMinimumNumberShouldMatch() > 0) {
            bool.put("minimum_should_match", query.getMinimumNumberShouldMatch());
        }
        return wrapper;
    }

    private static ObjectNode term(Term term) {
        return termLevel("term", term);
    }

    private static ObjectNode termLevel(String kind, Term term) {
        ObjectNode wrapper = Cluster.JSON.createObjectNode();
        wrapper.putObject(kind).putObject(term.field()).put("value", term.text());
        return wrapper;
    }

    private static ObjectNode fuzzy(FuzzyQuery fuzzy) {
        ObjectNode wrapper = Cluster.JSON.createObjectNode();
        wrapper.putObject("fuzzy").putObject(fuzzy.getTerm().field())
                .put("value", fuzzy.getTerm().text())
                .put("fuzziness", fuzzy.getMaxEdits())
                .put("prefix_length", fuzzy.getPrefixLength())
                .put("transpositions", fuzzy.getTranspositions());
        return wrapper;
    }

    /** Consecutive terms: the same phrase query, rebuilt by OpenSearch from the terms as they are. */
    private static ObjectNode phrase(PhraseQuery phrase) {
        Term[] terms = phrase.getTerms();
        int[] positions = phrase.getPositions();
        if (terms.length == 0) {
            return single("match_none");
        }
        boolean consecutive = true;
        for (int i = 1; i < positions.length; i++) {
            consecutive &= positions[i] == positions[i - 1] + 1;
        }
        if (!consecutive) {
            return spanNear(phrase);
        }
        StringBuilder words = new StringBuilder();
        for (Term term : terms) {
            words.append(words.isEmpty() ? "" : " ").append(term.text());
        }
        ObjectNode wrapper = Cluster.JSON.createObjectNode();
        wrapper.putObject("match_phrase").putObject(terms[0].field())
                .put("query", words.toString())
                .put("analyzer", "whitespace")
                .put("slop", phrase.getSlop());
        return wrapper;
    }

    /** Terms with gaps between them (a dropped token): in order, the gaps counted as slop. */
    private static ObjectNode spanNear(PhraseQuery phrase) {
        Term[] terms = phrase.getTerms();
        int[] positions = phrase.getPositions();
        int gaps = positions[positions.length - 1] - positions[0] - (positions.length - 1);
        ObjectNode wrapper = Cluster.JSON.createObjectNode();
        ObjectNode near = wrapper.putObject("span_near");
        ArrayNode clauses = near.putArray("clauses");
        for (Term term : terms) {
            clauses.addObject().putObject("span_term").put(term.field(), term.text());
        }
        near.put("slop", phrase.getSlop() + gaps).put("in_order", phrase.getSlop() == 0);
        return wrapper;
    }

    /** Several terms at one position (not produced by the news analyzer, but handled): any of them, in order. */
    private static ObjectNode multiPhrase(MultiPhraseQuery phrase) {
        Term[][] positions = phrase.getTermArrays();
        ObjectNode wrapper = Cluster.JSON.createObjectNode();
        ObjectNode near = wrapper.putObject("span_near");
        ArrayNode clauses = near.putArray("clauses");
        for (Term[] atPosition : positions) {
            ArrayNode any = clauses.addObject().putObject("span_or").putArray("clauses");
            for (Term term : atPosition) {
                any.addObject().putObject("span_term").put(term.field(), term.text());
            }
        }
        near.put("slop", phrase.getSlop()).put("in_order", phrase.getSlop() == 0);
        return wrapper;
    }

    private static ObjectNode anyTerm(SynonymQuery synonyms) {
        ObjectNode wrapper = Cluster.JSON.createObjectNode();
        ArrayNode should = wrapper.putObject("bool").putArray("should");
        synonyms.getTerms().forEach(term -> should.add(term(term)));
        return wrapper;
    }

    /** A clause scored {@code boost} times its own score, whatever kind it is. */
    private static ObjectNode boosted(ObjectNode query, float boost) {
        ObjectNode wrapper = Cluster.JSON.createObjectNode();
        ObjectNode bool = wrapper.putObject("bool");
        bool.putArray("must").add(query);
        bool.put("boost", boost);
        return wrapper;
    }

    private static ObjectNode single(String kind) {
        ObjectNode wrapper = Cluster.JSON.createObjectNode();
        wrapper.putObject(kind);
        return wrapper;
    }

    private static ArrayNode array(ObjectNode bool, String occur) {
        return bool.has(occur) ? (ArrayNode) bool.get(occur) : bool.putArray(occur);
    }
}
