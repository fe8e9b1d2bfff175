package org.parallax.stories.internal.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parallax.stories.internal.coverage.HeadlineVerbs.HeadlineVerb;

class HeadlineVerbsTest {

    private final HeadlineVerbs verbs = new HeadlineVerbs();

    /** Headlines written in the styles outlets use, each with the verbs a subeditor would point at. */
    private static final Map<String, List<String>> HEADLINES = Map.ofEntries(
            Map.entry("Defiant premier rebukes Ostmark over Sellen dam", List.of("rebukes")),
            Map.entry("Varga snubs Kessa summit dinner", List.of("snubs")),
            Map.entry("Kessa summit highlights thaw between Ostmark and Vantoria", List.of("highlights")),
            Map.entry("Vantoria, Ostmark to share river data after dam talks", List.of("to share")),
            Map.entry("Vantoria and Ostmark agree to share Sellen river data", List.of("agree")),
            Map.entry("Ostmark farmers warn of failed harvest as river falls", List.of("warn", "falls")),
            Map.entry("Premier Varga vows to keep reservoir full", List.of("vows")),
            Map.entry("Reil hails 'a beginning' at Kessa", List.of("hails")),
            Map.entry("Dam talks collapse in Kessa", List.of("collapse")),
            Map.entry("Ostmark calls for international inquiry into dam", List.of("calls")),
            Map.entry("Minister ousted after ferry scandal", List.of("ousted")),
            Map.entry("Strait ferry operators face months of delays", List.of("face")),
            Map.entry("Lunmark Reopens Night Crossings After Four Winters", List.of("reopens")),
            Map.entry("Harbour commissioner resigns over smuggling claims", List.of("resigns")),
            Map.entry("Court blocks Vantoria's plan to raise dam wall", List.of("blocks")),
            Map.entry("Analysis: Why the Sellen dam matters more than the summit", List.of("matters")),
            Map.entry("Ostmark could face water shortages by spring, report says", List.of("could face", "says")),
            Map.entry("Fishing cooperatives back ferry accord", List.of("back")),
            Map.entry("Premier's visit sparks protests in Kessa", List.of("sparks")),
            Map.entry("Reil: \"We leave with a plan\"", List.of()),
            Map.entry("Sellen dam: what we know so far", List.of()),
            Map.entry("Ostmark recalls ambassador, threatens trade curbs", List.of("recalls", "threatens")),
            Map.entry("Varga to visit Ostmark in January", List.of("to visit")),
            Map.entry("Pier towns lost a third of their trade, survey finds", List.of("lost", "finds")),
            Map.entry("Live: Kessa summit ends without reservoir deal", List.of("ends")),
            Map.entry("Vantoria denies diverting Sellen flow", List.of("denies")),
            Map.entry("Regional court to hear Ostmark's water grab case", List.of("to hear")),
            Map.entry("Night ferries return to the Varnholm strait", List.of("return")),
            Map.entry("Opposition slams 'cosmetic' river deal", List.of("slams")),
            Map.entry("Diplomats see chance of deeper thaw", List.of("see")),
            Map.entry("Ostmark president praises premier for coming to Kessa", List.of("praises")),
            Map.entry("Drought, not dam, drained the Sellen, Vantoria insists", List.of("drained", "insists")));

    /**
     * Written after the rules were settled and never tuned against: the honest figure. Kept apart
     * so a change that only fits the first list shows up here.
     */
    private static final Map<String, List<String>> HELD_OUT = Map.ofEntries(
            Map.entry("Osterby harbour commissioner quits amid smuggling probe", List.of("quits")),
            Map.entry("Lunmark Fishermen Welcome Return Of Night Ferries", List.of("welcome")),
            Map.entry("Kessa police arrest 12 after protest at dam", List.of("arrest")),
            Map.entry("Vantoria's premier survives confidence vote", List.of("survives")),
            Map.entry("Ostmark, Vantoria sign water pact", List.of("sign")),
            Map.entry("River levels drop to record low", List.of("drop")),
            Map.entry("Farmers march on capital over Sellen water", List.of("march")),
            Map.entry("Ferry accord could collapse, envoy warns", List.of("could collapse", "warns")),
            Map.entry("UN urges restraint in Sellen dispute", List.of("urges")),
            Map.entry("Varga shrugs off criticism at home", List.of("shrugs")),
            Map.entry("Inside the night crossings: a ferry captain's winter", List.of()),
            Map.entry("Engineers say dam wall is safe", List.of("say")),
            Map.entry("Ostmark expels two Vantorian diplomats", List.of("expels")),
            Map.entry("Strait towns count the cost of four winters", List.of("count")),
            Map.entry("Reil to step down after summit, aides say", List.of("to step", "say")),
            Map.entry("Sellen dam reservoir fills despite drought", List.of("fills")),
            Map.entry("Premier accused of misleading parliament over dam", List.of("accused")),
            Map.entry("Opinion: The thaw is real. Now comes the hard part", List.of("comes")),
            Map.entry("Night ferry sinks off Varnholm, crew rescued", List.of("sinks", "rescued")),
            Map.entry("Vantoria bans Ostmark trucks from border crossing", List.of("bans")));

    /**
     * Written after the second list had shaped the rules (its misses led to the guess for -s
     * words outside the lexicon, irregular plurals and "X, Y sign"), and run once, blind.
     */
    private static final Map<String, List<String>> BLIND = Map.ofEntries(
            Map.entry("Central bank holds rates as inflation cools", List.of("holds", "cools")),
            Map.entry("Railway strike halts freight across the north", List.of("halts")),
            Map.entry("Mayor of Kessa apologises for flood warning delay", List.of("apologises")),
            Map.entry("Storm knocks out power to 40,000 homes", List.of("knocks")),
            Map.entry("Ostmark parliament passes dam compensation bill", List.of("passes")),
            Map.entry("Teachers strike over pay in Lunmark", List.of("strike")),
            Map.entry("Vantoria opposition leader arrested at rally", List.of("arrested")),
            Map.entry("Why the ferry accord worries the pier towns", List.of("worries")),
            Map.entry("Court orders release of detained journalist", List.of("orders")),
            Map.entry("Premier Varga names new water minister", List.of("names")),
            Map.entry("Exports slump as river traffic stalls", List.of("slump", "stalls")),
            Map.entry("Kessa Herald editor steps down", List.of("steps")),
            Map.entry("Sellen floods: a village rebuilds", List.of("rebuilds")),
            Map.entry("Doctors warn of heat risk in Kessa", List.of("warn")),
            Map.entry("Reil meets Varga again in March", List.of("meets")),
            Map.entry("Border reopens to trucks after six-week closure", List.of("reopens")),
            Map.entry("Vantoria to build second dam, minister says", List.of("to build", "says")),
            Map.entry("The year the river ran dry", List.of()),
            Map.entry("Lunmark votes to join the river commission", List.of("votes")),
            Map.entry("Investors pull out of Sellen hydropower project", List.of("pull")));

    @Test
    void findsTheVerbsOfHeadlinesTheRulesWereNotTunedOn() {
        assertThat(accuracy("held out, then used", HELD_OUT)).isGreaterThanOrEqualTo(0.75);
        // Measured 15 of 20 (0.75) on its one blind run.
        assertThat(accuracy("blind", BLIND)).isGreaterThanOrEqualTo(0.7);
    }

    @Test
    void findsTheVerbsOfRealisticHeadlines() {
        assertThat(accuracy("tuned on", HEADLINES)).isGreaterThanOrEqualTo(0.85);
    }

    private double accuracy(String set, Map<String, List<String>> headlines) {
        int right = 0;
        List<String> wrong = new ArrayList<>();
        for (var e : headlines.entrySet()) {
            List<String> found = verbs.verbsIn(e.getKey()).stream().map(HeadlineVerb::verb).toList();
            if (found.equals(e.getValue())) {
                right++;
            } else {
                wrong.add(e.getKey() + " -> " + found + " (expected " + e.getValue() + ")");
            }
        }
        double accuracy = (double) right / headlines.size();
        System.out.printf("HeadlineVerbs (%s): %d of %d headlines exactly right (%.2f)%n%s%n", set, right,
                headlines.size(), accuracy, String.join("\n", wrong));
        return accuracy;
    }

    @Test
    void aShortObjectJoinsTheVerb() {
        assertThat(verbs.verbsIn("Kessa summit highlights thaw between Ostmark and Vantoria"))
                .containsExactly(new HeadlineVerb("highlights", "highlights thaw"));
        assertThat(verbs.verbsIn("Defiant premier rebukes Ostmark over Sellen dam"))
                .containsExactly(new HeadlineVerb("rebukes", "rebukes Ostmark"));
    }

    @Test
    void aLongObjectLeavesTheVerbAlone() {
        assertThat(verbs.verbsIn("Varga snubs the long-awaited Kessa summit dinner"))
                .containsExactly(new HeadlineVerb("snubs", "snubs"));
    }

    @Test
    void wordsInsideQuotesAreNotTheHeadlinesVerbs() {
        assertThat(verbs.verbsIn("\"Ostmark rebukes nobody\", Reil says")).extracting(HeadlineVerb::verb)
                .containsExactly("says");
    }

    @Test
    void aNounThatCouldBeAVerbGivesWayToAPlainVerb() {
        assertThat(verbs.verbsIn("Peace talks stall over reservoir")).extracting(HeadlineVerb::verb)
                .containsExactly("stall");
    }

    @Test
    void anEmptyHeadlineHasNoVerbs() {
        assertThat(verbs.verbsIn("")).isEmpty();
    }
}
