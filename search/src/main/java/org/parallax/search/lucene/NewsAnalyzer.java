package org.parallax.search.lucene;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Words as English news readers search for them: case and accents do not matter ("Zürich" finds
 * "zurich"), "harbour's" finds "harbour", and KStem joins plain inflections ("talks", "talk")
 * without the surprises of an aggressive stemmer. No stop words, so phrases stay exact.
 * The same analyzer runs at index and query time.
 */
public final class NewsAnalyzer extends Analyzer {

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream words = new EnglishPossessiveFilter(source);
        words = new LowerCaseFilter(words);
        words = new ASCIIFoldingFilter(words);
        words = new KStemFilter(words);
        return new TokenStreamComponents(source, words);
    }

    /** Prefix and wildcard terms are not stemmed, but they are folded like every other word. */
    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }
}
