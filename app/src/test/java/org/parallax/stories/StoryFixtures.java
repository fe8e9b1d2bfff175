package org.parallax.stories;

import java.time.Instant;
import java.util.List;
import org.parallax.library.AccessLevel;
import org.parallax.library.ArticleDraft;
import org.parallax.library.ArticleKind;
import org.parallax.library.Block;
import org.parallax.library.Library;

/**
 * A fictional event covered by four outlets and the publication: Kestria and Dunmoor agree to
 * rebuild the Tellan bridge. One wire report is run again word for word by a fifth outlet, and an
 * unrelated harvest report from the same day must stay out of the story. Dated a year before the
 * other web fixtures, so they do not crowd the front page those tests read.
 */
public final class StoryFixtures {

    public static final Instant MORNING = Instant.parse("2025-05-06T06:00:00Z");
    public static final String OWN_ID = "tellan-bridge-what-the-deal-leaves-unsaid";
    public static final String WIRE_ID = "harbour-wire-tellan-bridge-agreement";
    public static final String LEDGER_ID = "northern-ledger-dunmoor-rebukes-kestria";
    public static final String POST_ID = "coastline-post-bridge-thaw";
    public static final String COPY_ID = "valley-times-tellan-bridge-agreement";
    public static final String HARVEST_ID = "harbour-wire-grain-prices";
    public static final String LATER_ID = "coastline-post-bridge-engineers";
    /** A word only the body of the gated analysis holds. */
    public static final String GATED_WORD = "Vorquillan";

    private static final String WIRE_TEXT = """
            Kestria and Dunmoor agreed on Tuesday to rebuild the Tellan bridge, the only road crossing between the two countries, which collapsed in a flood three years ago.
            "This bridge will carry more than lorries, it will carry trust," said Ilse Varga, Kestria's transport minister, after the signing in Port Asher.
            Dunmoor's envoy, Pavel Orlin, said his government would pay for half of the span and all of the approach roads.
            "We have waited long enough for this crossing," Orlin said. "The villages on both banks have paid for the delay."
            Engineers expect the work to take four years and to cost about 300 million kestrels.""";

    private StoryFixtures() {
    }

    public static void store(Library library) {
        library.storeAll(List.of(
                draft(OWN_ID, "https://parallax.example/analysis/tellan-bridge", "Parallax", "What the Tellan bridge deal leaves unsaid",
                        "Kestria and Dunmoor agreed to rebuild the bridge; they did not agree on who runs it.",
                        ArticleKind.ANALYSIS, AccessLevel.SUBSCRIBERS, MORNING.plusSeconds(4 * 3600),
                        "The Tellan bridge agreement signed in Port Asher settles the money and leaves the tolls open.",
                        "Officials in Dunmoor call the toll question the " + GATED_WORD + " clause, after the lawyer who wrote it.",
                        "Ilse Varga has staked her ministry on finishing the bridge before the next election in Kestria."),
                draft(WIRE_ID, "https://harbour-wire.example/world/tellan-bridge-agreement", "Harbour Wire",
                        "Kestria and Dunmoor agree to rebuild the Tellan bridge", "A flood took the crossing three years ago.",
                        ArticleKind.NEWS, null, MORNING, WIRE_TEXT.split("\n")),
                draft(COPY_ID, "https://valley-times.example/news/tellan-bridge", "Valley Times",
                        "Kestria and Dunmoor agree to rebuild the Tellan bridge", "A flood took the crossing three years ago.",
                        ArticleKind.NEWS, null, MORNING.plusSeconds(3600), WIRE_TEXT.split("\n")),
                draft(LEDGER_ID, "https://northern-ledger.example/dunmoor-rebukes-kestria", "Northern Ledger",
                        "Dunmoor rebukes Kestria over Tellan bridge tolls", "The envoy wants the crossing free for villagers.",
                        ArticleKind.NEWS, null, MORNING.plusSeconds(2 * 3600),
                        "Dunmoor's envoy Pavel Orlin rebuked Kestria on Tuesday over plans to charge tolls on the rebuilt Tellan bridge.",
                        "\"A bridge that villagers cannot afford to cross is a wall,\" Orlin told reporters in Port Asher.",
                        "Kestria's transport minister, Ilse Varga, said tolls would fall on lorries, not on villagers.",
                        "The two governments signed the agreement to rebuild the bridge hours earlier, three years after a flood destroyed it.",
                        "Tolls are the sore point: villagers on the Dunmoor bank say tolls would cut them off from the market towns, "
                                + "and the envoy wants villagers to cross free while lorries pay the tolls.",
                        "Kestria says tolls must repay the loan; Dunmoor says tolls on villagers would be a wall by another name."),
                draft(POST_ID, "https://coastline-post.example/bridge-thaw", "Coastline Post",
                        "Tellan bridge accord highlights thaw between Kestria and Dunmoor", "Old rivals find a project to share.",
                        ArticleKind.NEWS, null, MORNING.plusSeconds(5 * 3600),
                        "The agreement between Kestria and Dunmoor to rebuild the Tellan bridge is the clearest sign yet of a thaw between the neighbours.",
                        "Ilse Varga, the Kestrian transport minister, called the bridge \"a promise made in concrete\" at the signing in Port Asher.",
                        "Pavel Orlin, Dunmoor's envoy, has spent two years on the talks, which stalled twice over the cost of the approach roads.",
                        "The flood that destroyed the old bridge three years ago cut the only road between the countries."),
                draft(HARVEST_ID, "https://harbour-wire.example/markets/grain-prices", "Harbour Wire",
                        "Grain prices fall as the harvest beats forecasts", "Millers expect cheaper flour by the autumn.",
                        ArticleKind.NEWS, null, MORNING.plusSeconds(3 * 3600),
                        "Wheat and barley prices fell sharply at the Lorvik exchange as farmers brought in the largest harvest in a decade.",
                        "\"The silos are full and the ships are late,\" said Aino Hallberg, who trades grain for a cooperative in Lorvik.",
                        "Millers said flour would be cheaper by the autumn if the weather holds.")));
    }

    /** A report stored after the others (the day after), for tests that need something filed last. */
    public static void storeLater(Library library) {
        library.store(draft(LATER_ID, "https://coastline-post.example/bridge-engineers", "Coastline Post",
                "Engineers survey the Tellan crossing", null, ArticleKind.NEWS, null, MORNING.plusSeconds(26 * 3600),
                "Engineers from Kestria and Dunmoor began surveying the banks of the Tellan on Wednesday."));
    }

    private static ArticleDraft draft(String id, String url, String outlet, String title, String dek, ArticleKind kind,
            AccessLevel access, Instant published, String... paragraphs) {
        return new ArticleDraft(id, url, outlet, title, dek, null, kind, access, "en", published, null,
                List.of(paragraphs).stream().map(text -> (Block) new Block.Paragraph(text)).toList());
    }
}
