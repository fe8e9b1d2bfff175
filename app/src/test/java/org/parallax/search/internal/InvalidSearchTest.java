package org.parallax.search.internal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.search.InvalidSearch;
import org.parallax.search.internal.SearchFixtures.Ask;

/** A search that cannot be run says what to change, in words a reader understands. */
class InvalidSearchTest {

    @TempDir
    Path folder;

    LuceneSearchEngine engine;

    @BeforeEach
    void open() {
        engine = new LuceneSearchEngine(folder);
        engine.index(SearchFixtures.coverage(), 6);
    }

    @AfterEach
    void close() throws Exception {
        engine.close();
    }

    private void refused(String text, String message) {
        assertThatThrownBy(() -> engine.search(Ask.text(text).query()))
                .isInstanceOf(InvalidSearch.class)
                .hasMessageContaining(message);
    }

    @Test
    void anUnclosedQuotationMarkIsNamed() {
        refused("\"night ferries", "quotation mark that is not closed");
    }

    @Test
    void unbalancedParenthesesAreNamed() {
        refused("(accord OR quarrel", "\"(\" that is not closed");
        refused("accord OR quarrel)", "closing parenthesis");
    }

    @Test
    void unknownFieldsAreRefusedWithTheOnesThatExist() {
        refused("author:okafor", "\"author:\" is not a field you can search");
    }

    @Test
    void patternsRangesAndLeadingWildcardsAreRefused() {
        refused("/ferr.*/", "Patterns between slashes");
        refused("title:[a TO z]", "Ranges in brackets");
        refused("*accord", "cannot start with * or ?");
        refused("fe*", "at least three letters");
        refused("*:*", "cannot start with * or ?");
    }

    @Test
    void danglingOperatorsAreExplained() {
        refused("accord AND", "AND, OR or NOT without words on both sides");
    }

    @Test
    void tooManyWordsAreRefused() {
        refused("ferry ".repeat(SearchSyntax.MAX_WORDS + 1), "too many words");
        refused("f".repeat(SearchSyntax.MAX_LENGTH + 1), "too long");
    }
}
