package org.parallax.library.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.parallax.library.AccessLevel;
import org.parallax.library.ArticleDraft;
import org.parallax.library.ArticleKind;
import org.parallax.library.ArticleStored;
import org.parallax.library.Block;
import org.parallax.library.Library;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** A library over a real database, and drafts from a fictional event: the Varnholm strait talks. */
final class LibraryFixtures {

    static final Instant MORNING = Instant.parse("2026-03-14T07:30:00Z");

    private LibraryFixtures() {
    }

    static Library library(DataSource dataSource, List<ArticleStored> events) {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        OutletDirectory outlets = new OutletDirectory(jdbc, new LibraryProperties("Parallax"));
        ArticleWriter writer = new ArticleWriter(jdbc, outlets, new ChangeLog(jdbc, dataSource), new CopyFinder(jdbc),
                event -> events.add((ArticleStored) event), Clock.systemUTC());
        return new JdbcLibrary(jdbc, writer, outlets, new TransactionTemplate(new DataSourceTransactionManager(dataSource)));
    }

    static Library library(DataSource dataSource) {
        return library(dataSource, new ArrayList<>());
    }

    static ArticleDraft wireReport() {
        return new ArticleDraft(null, "https://meridian-wire.example/world/strait-talks?utm_source=feed", "Meridian Wire",
                "Envoys reach a ferry accord in the Varnholm strait", "Both sides agree to reopen the night crossings",
                "Ilse Marchetti", ArticleKind.NEWS, null, "en", MORNING, null,
                List.of(new Block.Paragraph("Negotiators from both shores agreed on Friday to resume the night ferries."),
                        new Block.Paragraph("\"It is a modest step, but a real one,\" the harbour commissioner said.")));
    }

    static ArticleDraft ownAnalysis() {
        return new ArticleDraft("strait-analysis", "https://parallax.example/analysis/strait", "Parallax",
                "Why the ferry accord matters more than it looks", null, "Tomasz Okafor", ArticleKind.ANALYSIS,
                AccessLevel.SUBSCRIBERS, "en", MORNING.plusSeconds(3600), null,
                List.of(new Block.Heading("A small deal with long roots"),
                        new Block.Paragraph("The accord settles a quarrel older than either government."),
                        new Block.BlockQuote("We will sail when the lights are lit.",
                                new Block.Citation("Meridian Wire", "https://meridian-wire.example/world/strait-talks")),
                        new Block.Paragraph("Subscribers will find the full argument below.")));
    }
}
