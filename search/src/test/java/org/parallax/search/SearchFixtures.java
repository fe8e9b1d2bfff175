package org.parallax.search;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Indexed articles about a fictional event, the Varnholm strait ferry accord, as several
 * fictional outlets covered it. The Parallax analysis is gated: its secret words
 * (quartermaster, Brennick, "lighthouse clause") must never surface for an anonymous search.
 */
public final class SearchFixtures {

    public static final Instant FRIDAY = Instant.parse("2026-03-13T07:30:00Z");

    private SearchFixtures() {
    }

    public static IndexedArticle wireReport() {
        return new IndexedArticle("envoys-reach-accord", "https://meridian-wire.example/world/strait-talks",
                "Envoys reach a ferry accord in the Varnholm strait", "Both sides agree to reopen the night crossings",
                "Ilse Marchetti", "meridian-wire", "Meridian Wire", false, "news", "en", FRIDAY,
                "Negotiators from both shores agreed on Friday to resume the night ferries. "
                        + "\"It is a modest step, but a real one,\" the harbour commissioner said.", "");
    }

    public static IndexedArticle gatedAnalysis() {
        return new IndexedArticle("strait-analysis", "https://parallax.example/analysis/strait",
                "Why the ferry accord matters more than it looks", "A small deal with long roots", "Tomasz Okafor",
                "parallax", "Parallax", true, "analysis", "en", FRIDAY.plusSeconds(3600),
                "The accord settles a quarrel older than either government.",
                "Customs officers quietly drafted the lighthouse clause in Brennick months before the talks. "
                        + "The quartermaster ledger shows every crossing they planned.");
    }

    public static IndexedArticle fishermenOpinion() {
        return new IndexedArticle("fishermen-opinion", "https://northern-ledger.example/opinion/ferries",
                "The ferries are back, the fishermen are not", "Osterby crews feel forgotten", "Runa Halvorsen",
                "northern-ledger", "The Northern Ledger", false, "opinion", "en", Instant.parse("2026-03-15T18:00:00Z"),
                "Fishing crews in Osterby say the accord forgot them. Their boats stay tied up while the ferries sail.", "");
    }

    public static IndexedArticle germanBrief() {
        return new IndexedArticle("faehrabkommen", "https://meridian-wire.example/de/faehre",
                "Fährabkommen in der Meerenge von Varnholm", null, null, "meridian-wire", "Meridian Wire", false,
                "news", "de", Instant.parse("2026-03-14T09:00:00Z"),
                "Die Unterhändler einigten sich auf die Wiederaufnahme der Nachtfähren.", "");
    }

    /** A long market report that mentions the fishermen once, deep down. */
    public static IndexedArticle marketReport() {
        String filler = "Fuel prices at the Varnholm quays moved little this week as traders waited for the timetable. ".repeat(12);
        return new IndexedArticle("quay-market", "https://meridian-wire.example/markets/quays",
                "Quay traders wait for the new timetable", null, "Markets desk", "meridian-wire", "Meridian Wire", false,
                "news", "en", Instant.parse("2026-03-12T12:00:00Z"),
                filler + "A few fishermen sold their catch early.", "");
    }

    /** Text that would run script in a page if a snippet or title were not escaped. */
    public static IndexedArticle hostileRumour() {
        return new IndexedArticle("hostile-rumour", "https://gossip-sheet.example/rumour",
                "<script>alert('x')</script> Ferry rumours", null, null, "gossip-sheet", "Gossip Sheet", false,
                "news", "en", Instant.parse("2026-03-10T10:00:00Z"),
                "A <b>bold</b> claim & a <script>steal()</script> about the ferry timetable.", "");
    }

    public static List<IndexedArticle> coverage() {
        return List.of(wireReport(), gatedAnalysis(), fishermenOpinion(), germanBrief(), marketReport(), hostileRumour());
    }

    /** The coverage with the entities the story desk would have found in what anyone may read. */
    public static List<IndexedArticle> coverageWithEntities() {
        return List.of(
                wireReport().naming(new EntityNames(Set.of("Ilse Marchetti"), Set.of("Varnholm", "Osterby"),
                        Set.of("Strait Ferry Authority"))),
                gatedAnalysis().naming(new EntityNames(Set.of(), Set.of("Varnholm"), Set.of())),
                fishermenOpinion().naming(new EntityNames(Set.of("Runa Halvorsen"), Set.of("Osterby"),
                        Set.of("Osterby Fishermen's Guild", "Strait Ferry Authority"))),
                germanBrief().naming(new EntityNames(Set.of(), Set.of("Varnholm"), Set.of())),
                marketReport(),
                hostileRumour());
    }

    /** A search as a test asks it: change one thing at a time. */
    public record Ask(String text, Set<String> outlets, Set<String> kinds, String language, LocalDate from, LocalDate to,
               SearchSort sort, int page, int pageSize, boolean gatedText) {

        public static Ask text(String text) {
            return new Ask(text, Set.of(), Set.of(), null, null, null, SearchSort.RELEVANCE, 1, 10, false);
        }

        public Ask outlets(String... slugs) {
            return new Ask(text, Set.of(slugs), kinds, language, from, to, sort, page, pageSize, gatedText);
        }

        public Ask kinds(String... codes) {
            return new Ask(text, outlets, Set.of(codes), language, from, to, sort, page, pageSize, gatedText);
        }

        public Ask language(String code) {
            return new Ask(text, outlets, kinds, code, from, to, sort, page, pageSize, gatedText);
        }

        public Ask between(String first, String last) {
            return new Ask(text, outlets, kinds, language, first == null ? null : LocalDate.parse(first),
                    last == null ? null : LocalDate.parse(last), sort, page, pageSize, gatedText);
        }

        public Ask byDate() {
            return new Ask(text, outlets, kinds, language, from, to, SearchSort.DATE, page, pageSize, gatedText);
        }

        public Ask page(int number, int size) {
            return new Ask(text, outlets, kinds, language, from, to, sort, number, size, gatedText);
        }

        public Ask entitled() {
            return new Ask(text, outlets, kinds, language, from, to, sort, page, pageSize, true);
        }

        public SearchQuery query() {
            return new SearchQuery(text, outlets, kinds, language, from, to, sort, page, pageSize, gatedText);
        }
    }
}
