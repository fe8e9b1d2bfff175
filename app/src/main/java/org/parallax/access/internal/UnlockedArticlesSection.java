package org.parallax.access.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.parallax.library.Article;
import org.parallax.library.Library;
import org.parallax.readers.AccountSection;
import org.parallax.readers.Reader;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The articles a reader unlocked, newest first, each linking to the article, so what they spent
 * their allowance on stays easy to find. Only titles: never a word of the articles themselves.
 */
@Component
@Order(30)
class UnlockedArticlesSection implements AccountSection {

    /** How many unlocks the page lists; the export has them all. */
    static final int SHOWN = 20;

    private final MeterLedger ledger;
    private final Library library;

    UnlockedArticlesSection(MeterLedger ledger, Library library) {
        this.ledger = ledger;
        this.library = library;
    }

    @Override
    public String title() {
        return "Articles you unlocked";
    }

    @Override
    public List<Line> lines(Reader reader) {
        return ledger.unlocks(reader.id(), SHOWN).stream().map(this::line).toList();
    }

    private Line line(MeterLedger.Unlock unlock) {
        return library.article(unlock.articleId())
                .map(Article::title)
                .map(title -> new Line(title, "/articles/" + URLEncoder.encode(unlock.articleId(), StandardCharsets.UTF_8)))
                .orElseGet(() -> Line.plain("An article no longer published (" + unlock.articleId() + ")"));
    }
}
