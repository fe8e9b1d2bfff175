package org.parallax;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.parallax.library.AccessLevel;
import org.parallax.library.ArticleDraft;
import org.parallax.library.ArticleKind;
import org.parallax.library.Block;
import org.parallax.library.Library;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The web tests' library: a real SQLite data folder, shared by every web test class so they share
 * one Spring context, holding the coverage of a fictional event, the Orsava lake water summit.
 */
public final class WebFixtures {

    public static final Instant SUMMIT_MORNING = Instant.parse("2026-03-14T07:30:00Z");

    /** Appears only in the paragraphs of the gated article that anonymous readers may not see. */
    public static final String GATED_WORD = "Quillmarrow";
    /** Appears only deep in the external article, far past its excerpt. */
    public static final String LATE_EXTERNAL_WORD = "Saltbrenner";

    public static final String FREE_ID = "orsava-what-the-summit-means";
    public static final String GATED_ID = "orsava-inside-the-sluice-deal";
    public static final String EXTERNAL_ID = "lakeshore-courier-summit-report";
    public static final String HOSTILE_ID = "hostile-headline";
    public static final String HOSTILE_TITLE = "<script>alert(1)</script> Summit ends";

    private static final Path DATA = createData();

    private WebFixtures() {
    }

    private static Path createData() {
        try {
            Path folder = Files.createTempDirectory("parallax-web-test");
            folder.toFile().deleteOnExit();
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shared data folder of the web tests' application. */
    public static Path data() {
        return DATA;
    }

    /** Points the application at the shared data folder; the same value lets Spring reuse one context. */
    public static void properties(DynamicPropertyRegistry registry) {
        registry.add("parallax.data", DATA::toString);
        // Payments on, against a local stand-in for Stripe's API.
        registry.add("parallax.billing.stripe-secret-key", () -> FakeStripe.SECRET_KEY);
        registry.add("parallax.billing.stripe-webhook-secret", () -> FakeStripe.WEBHOOK_SECRET);
        registry.add("parallax.billing.stripe-api-base", FakeStripe::url);
        // Every web test signs in from 127.0.0.1 (MockMvc's address): limits are tested in their own context.
        for (String limit : new String[] {"sign-in-per-address", "sign-in-per-ip", "links-per-address", "links-per-ip",
                "email-change-per-account", "email-change-per-ip", "links-redeemed-per-ip"}) {
            registry.add("parallax.readers.limits." + limit + ".attempts", () -> "100000");
        }
        registry.add("parallax.newsroom.tips.per-ip.attempts", () -> "100000");
        registry.add("parallax.metrics.token", () -> METRICS_TOKEN);
    }

    /** The bearer token the web tests' application lets scrape its metrics. */
    public static final String METRICS_TOKEN = "scrape-token-harbour-7";

    /** Stores the fixtures; storing is idempotent by URL, so every test may call it. */
    public static void store(Library library) {
        library.store(freeAnalysis());
        library.store(gatedInDepth());
        library.store(externalReport());
        library.store(hostileOpinion());
    }

    static ArticleDraft freeAnalysis() {
        return new ArticleDraft(FREE_ID, "https://parallax.example/analysis/orsava-summit", "Parallax",
                "What the Orsava summit means for the lake towns", "Three governments, one shrinking lake",
                "Maren Idowu", ArticleKind.ANALYSIS, AccessLevel.FREE, "en", SUMMIT_MORNING, null,
                List.of(new Block.Paragraph("The summit at Orsava ended with a promise to share the lake's water by season."),
                        new Block.Heading("Who gives up what"),
                        new Block.Paragraph("The upstream province keeps its dams but opens the sluices in late summer."),
                        new Block.BlockQuote("Nobody leaves with everything, and nobody leaves with nothing.",
                                new Block.Citation("Lakeshore Courier", "https://lakeshore-courier.example/summit")),
                        new Block.Paragraph("Fishermen on the southern shore remain unconvinced.")));
    }

    static ArticleDraft gatedInDepth() {
        return new ArticleDraft(GATED_ID, "https://parallax.example/in-depth/orsava-sluices", "Parallax",
                "Inside the sluice deal that saved the Orsava talks", "How a night of bargaining rewrote the water calendar",
                "Tobias Reinholt", ArticleKind.IN_DEPTH, AccessLevel.SUBSCRIBERS, "en", SUMMIT_MORNING.plusSeconds(7200), null,
                List.of(new Block.Paragraph("Shortly before midnight the delegations were ready to walk out."),
                        new Block.Paragraph("Then an engineer from the river authority unrolled a new map."),
                        new Block.Paragraph("Her plan, known to the delegates as the " + GATED_WORD + " schedule, staggered the releases."),
                        new Block.Paragraph("By dawn the " + GATED_WORD + " schedule was in the draft communique.")));
    }

    static ArticleDraft externalReport() {
        String filler = "Delegates met in the old customs house by the harbour and talked through the afternoon about levels, "
                + "quotas and the long drought that has pulled the shoreline back by a kilometre in places. ";
        return new ArticleDraft(EXTERNAL_ID, "https://lakeshore-courier.example/summit", "Lakeshore Courier",
                "Orsava summit agrees seasonal water plan", "Towns on the lake react with caution",
                "Petra Lindqvist", ArticleKind.NEWS, null, "en", SUMMIT_MORNING.plusSeconds(3600), null,
                List.of(new Block.Paragraph("The three governments around Lake Orsava signed a seasonal water plan on Saturday."),
                        new Block.Paragraph(filler.repeat(3)),
                        new Block.Paragraph("The harbour master, Ivo " + LATE_EXTERNAL_WORD + ", said the boats would wait and see.")));
    }

    static ArticleDraft hostileOpinion() {
        return new ArticleDraft(HOSTILE_ID, "https://rival-gazette.example/opinion/summit", "Rival Gazette",
                HOSTILE_TITLE, "A dek with <b>tags</b> & ampersands", "A. Nonymous", ArticleKind.OPINION, null, "en",
                SUMMIT_MORNING.minusSeconds(86_400), null,
                List.of(new Block.Paragraph("The summit was a <img src=x onerror=alert(2)> talking shop.")));
    }
}
