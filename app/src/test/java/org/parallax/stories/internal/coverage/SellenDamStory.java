package org.parallax.stories.internal.coverage;

import java.time.Instant;
import java.util.List;

/**
 * A fictional story for the coverage tests: Vantoria's premier and Ostmark's president meet at
 * Kessa over the Sellen river dam. Five outlets cover it with different framings: the Kessa
 * Herald sees a water grab, the Ostmark Daily a thaw, the others report it straight; Harbour
 * Wire's copy is short, Parallax (the publication) has an analysis.
 */
final class SellenDamStory {

    static final Instant MORNING = Instant.parse("2026-11-24T08:00:00Z");

    static final CoverageArticle PARALLAX = new CoverageArticle("px-1", "Parallax",
            "What the Sellen dam summit settled, and what it left open",
            "The two governments agreed to share the river's flow data. The hard question waits.",
            Instant.parse("2026-11-24T15:30:00Z"), Instant.parse("2026-11-24T19:10:00Z"),
            """
            The summit at Kessa ended with an agreement that is smaller than the speeches around it. \
            Vantoria and Ostmark will publish the Sellen river's flow readings every day from January. \
            That sounds technical, but the dispute over the dam has always been a dispute over numbers. \
            Ostmark says the reservoir behind the dam took a fifth of the summer flow. \
            Vantoria says the river fell because of the drought, not the dam.
            Neither side conceded on the size of the reservoir, and the question of who may fill it in a dry year waits for a commission.
            """, true);

    static final CoverageArticle NORTHLINE = new CoverageArticle("nl-1", "Northline Post",
            "Vantoria and Ostmark agree to share Sellen river data at Kessa summit",
            "Leaders leave the size of the dam's reservoir to a joint commission",
            Instant.parse("2026-11-24T11:05:00Z"), null,
            """
            KESSA, Nov. 24 (Northline) — Vantoria and Ostmark agreed on Tuesday to share daily readings of the Sellen river's flow, \
            the first accord between the neighbours since the dam was completed two years ago.
            Premier Ilse Varga of Vantoria and President Tomas Reil of Ostmark met for three hours at the Kessa summit.
            "This is a beginning, not an end," Reil said.
            The leaders left the size of the reservoir behind the dam to a joint commission that will report in the spring.
            Farmers downstream in Ostmark say the river has carried less water since the dam's gates were closed in June.
            Mr. Reil told reporters the commission would meet in Jan. and publish its findings in full.
            """, false);

    static final CoverageArticle HERALD = new CoverageArticle("kh-1", "Kessa Herald",
            "Defiant premier rebukes Ostmark over Sellen dam",
            "Varga defends the water grab as the summit ends without a deal on the reservoir",
            Instant.parse("2026-11-24T12:40:00Z"), Instant.parse("2026-11-24T13:55:00Z"),
            """
            A defiant Premier Ilse Varga rebuked Ostmark at the Kessa summit on Tuesday and refused to lower the reservoir behind the Sellen dam.
            Critics in Ostmark call the dam a water grab, and the summit did nothing to change their minds.
            Varga said the water grab claims were "an insult to our engineers".
            The defiant premier agreed only to share flow readings with Ostmark, a step her critics called cosmetic.
            Ostmark farmers say the water grab has cost them a harvest.
            Reil said the summit was "a beginning" but conceded that the defiant tone from Vantoria made a deal on the reservoir unlikely this year.
            Opposition leaders in Ostmark want the water grab taken to the regional court.
            """, false);

    static final CoverageArticle OSTMARK = new CoverageArticle("od-1", "Ostmark Daily",
            "Kessa summit highlights thaw between Ostmark and Vantoria",
            "Goodwill at the table as the neighbours agree to share river data",
            Instant.parse("2026-11-24T09:20:00Z"), null,
            """
            The Kessa summit brought a thaw between Ostmark and Vantoria after two years of quarrels over the Sellen dam.
            President Tomas Reil spoke of goodwill on both sides and praised the premier for coming to Kessa.
            The thaw was visible at the table, where the two leaders shared a lunch of river trout.
            "We came with goodwill and we leave with a plan," Reil said after the talks.
            Both governments will publish daily readings of the river's flow, a gesture of goodwill that diplomats said could deepen the thaw.
            The thaw does not yet settle the size of the reservoir, which a joint commission will study.
            """, false);

    static final CoverageArticle WIRE = new CoverageArticle("hw-1", "Harbour Wire",
            "Vantoria, Ostmark to share river data after dam talks",
            null,
            Instant.parse("2026-11-24T10:15:00Z"), null,
            """
            Vantoria and Ostmark will share daily flow readings of the Sellen river, officials said after talks at Kessa on Tuesday.
            The U.S. State Department welcomed the agreement. The dispute over the dam's reservoir was referred to a joint commission.
            """, false);

    static List<CoverageArticle> all() {
        return List.of(NORTHLINE, HERALD, OSTMARK, WIRE, PARALLAX);
    }

    private SellenDamStory() {
    }
}
