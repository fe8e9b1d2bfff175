package org.parallax;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.library.ArticleDraft;
import org.parallax.library.ArticleKind;
import org.parallax.library.Block;
import org.parallax.library.Library;
import org.parallax.search.SearchEngine;
import org.parallax.search.SearchQuery;
import org.springframework.context.ConfigurableApplicationContext;

/** The search module wired into the application: storing an article wakes the indexer. */
class SearchInApplicationTest {

    @TempDir
    Path data;

    @Test
    void anArticleStoredInTheLibraryBecomesSearchableWithoutWaitingForThePoll() throws Exception {
        try (ConfigurableApplicationContext context = Boot.tool("--parallax.data=" + data,
                "--parallax.search.poll-interval=1h")) {
            Library library = context.getBean(Library.class);
            SearchEngine search = context.getBean(SearchEngine.class);

            Thread.sleep(300); // the indexer has found nothing to do and waits for a nudge; the poll is an hour away

            library.store(new ArticleDraft(null, "https://meridian-wire.example/world/lamps", "Meridian Wire",
                    "Lamps relit on the Osterby pier", null, "Ilse Marchetti", ArticleKind.NEWS, null, "en",
                    Instant.parse("2026-03-15T06:00:00Z"), null,
                    List.of(new Block.Paragraph("The harbour lamps burned again on Saturday night."))));

            long deadline = System.currentTimeMillis() + 10_000;
            while (search.search(SearchQuery.of("osterby lamps")).total() == 0 && System.currentTimeMillis() < deadline) {
                Thread.sleep(20);
            }
            assertThat(search.search(SearchQuery.of("osterby lamps")).hits())
                    .singleElement().satisfies(hit -> assertThat(hit.snippet()).contains("harbour <mark>lamps</mark>"));
        }
    }
}
