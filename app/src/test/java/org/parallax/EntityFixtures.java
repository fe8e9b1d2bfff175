package org.parallax;

import java.time.Instant;
import java.util.List;
import org.parallax.library.AccessLevel;
import org.parallax.library.ArticleDraft;
import org.parallax.library.ArticleKind;
import org.parallax.library.Block;
import org.parallax.library.Library;

/**
 * Three articles about a fictional loan for the Tarnwick bridge that name real-world people,
 * places and organizations the entity finder knows. The publication's gated ledger story names
 * Norway and the Bank of Italy in its dek and a minister only past its teaser, where no entity
 * filter or count may reach for readers who cannot read it.
 */
public final class EntityFixtures {

    /** Long before the other web fixtures, so these articles do not crowd them off the front page. */
    public static final Instant MONDAY = Instant.parse("2025-06-16T08:00:00Z");

    public static final String PARIS_TALKS_ID = "tarnwick-talks-paris";
    public static final String LENDERS_ID = "tarnwick-lenders";
    public static final String LEDGERS_ID = "tarnwick-ledgers";
    /** Named only past the teaser of the gated article. */
    public static final String GATED_PERSON = "Jonas Falkenrud";

    private EntityFixtures() {
    }

    public static void store(Library library) {
        library.store(new ArticleDraft(PARIS_TALKS_ID, "https://meridian-wire.example/world/tarnwick-paris", "Meridian Wire",
                "Tarnwick bridge talks resume", null, "Wire staff", ArticleKind.NEWS, null, "en", MONDAY, null,
                List.of(new Block.Paragraph("French Finance Minister Edouard Balladur met the IMF in Paris about the Tarnwick bridge."))));
        library.store(new ArticleDraft(LENDERS_ID, "https://lakeshore-courier.example/tarnwick-lenders", "Lakeshore Courier",
                "Lenders weigh the Tarnwick bridge loan", null, "Petra Lindqvist", ArticleKind.NEWS, null, "en",
                MONDAY.plusSeconds(600), null,
                List.of(new Block.Paragraph("Edouard Balladur said on Monday the Tarnwick loan was safe."))));
        library.store(new ArticleDraft(LEDGERS_ID, "https://parallax.example/in-depth/tarnwick-ledgers", "Parallax",
                "The Tarnwick bridge ledgers", "Letters from Norway and the Bank of Italy", "Tobias Reinholt",
                ArticleKind.IN_DEPTH, AccessLevel.SUBSCRIBERS, "en", MONDAY.plusSeconds(1200), null, List.of(
                        new Block.Paragraph("The Tarnwick bridge has a long history."),
                        new Block.Paragraph("Its builders kept ledgers."),
                        new Block.Paragraph("Finance Minister " + GATED_PERSON + " said the Tarnwick ledgers were forged."))));
    }
}
