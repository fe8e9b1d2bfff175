package org.parallax.library.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.parallax.library.Article;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds the article an arriving text copies, if any. Candidates come from the MinHash bands (never
 * from comparing with every article); the few stored before it are checked word by word, and the
 * earliest copy wins. Headlines are left out: sites retitle what they syndicate.
 */
@Component
class CopyFinder {

    /** Texts shorter than this are too alike by nature (briefs, template reports) to call copies. */
    private static final int SHORTEST_TEXT_WORDS = 50;
    private static final int CANDIDATES_CHECKED = 8;

    private final JdbcClient jdbc;

    CopyFinder(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the article's bands and returns the key of the article it copies, if any. */
    Optional<Long> fingerprint(Article article) {
        Fingerprint print = Fingerprint.of(article.text());
        jdbc.sql("delete from article_band where article_id = ?").param(article.key()).update();
        if (print.words() < SHORTEST_TEXT_WORDS) {
            return Optional.empty();
        }
        for (long band : print.bands()) {
            jdbc.sql("insert into article_band (band, article_id) values (?, ?) on conflict do nothing")
                    .params(band, article.key()).update();
        }
        String marks = Arrays.stream(print.bands()).mapToObj(b -> "?").collect(Collectors.joining(","));
        List<Object> params = Arrays.stream(print.bands()).boxed().collect(Collectors.toList());
        params.add(article.key());
        params.add(CANDIDATES_CHECKED);
        // No join here: the band index must drive the query, or it scans the whole library.
        List<Long> candidates = jdbc.sql("""
                        select article_id from article_band
                        where band in (%s) and article_id < ?
                        group by article_id order by count(*) desc, article_id limit ?""".formatted(marks))
                .params(params)
                .query(Long.class).list();
        return candidates.stream()
                .filter(key -> text(key).map(Fingerprint::of).filter(print::copies).isPresent())
                .min(Long::compare);
    }

    /** The candidate's text, unless it is itself a copy: a story links to its first copy only. */
    private Optional<String> text(long key) {
        return jdbc.sql(ArticleRows.SELECT + " where a.id = ?").param(key).query(ArticleRows.ARTICLE).optional()
                .filter(candidate -> !candidate.isCopy())
                .map(Article::text);
    }
}
