package org.parallax;

import java.time.Instant;
import java.util.List;
import org.parallax.library.AccessLevel;
import org.parallax.library.ArticleDraft;
import org.parallax.library.ArticleKind;
import org.parallax.library.Block;
import org.parallax.library.Library;

/**
 * The leak probe's gated articles. Each marker sentence sits past the teaser (the first two
 * paragraphs) and holds two invented words: {@code word}, which the probe searches for, and
 * {@code secret}, which no request ever names, so finding it in a response can only be a leak.
 * Markers sit in a paragraph, a heading, a quote (the body has no lists; a quote is the other kind
 * of later block) and the last paragraph; one is a minister's name, which the entity finder files
 * as a person, so a search filter or entity count taken from a gated body would show it.
 */
final class LeakMarkers {

    /** A marker sentence's searchable word and its secret word. */
    record Marker(String word, String secret) {
    }

    /** A gated article of the probe and the markers in its gated part. */
    record GatedArticle(String id, AccessLevel level, List<Marker> markers) {
    }

    static final Instant PUBLISHED = Instant.parse("2026-02-10T06:00:00Z");

    static final GatedArticle SUBSCRIBERS = new GatedArticle("probe-harbour-ledger", AccessLevel.SUBSCRIBERS, List.of(
            new Marker("Zorvane", "Quelmistry"), new Marker("Brastolk", "Yendrapine"),
            new Marker("Klavorin", "Ottermijl"), new Marker("Fennicrast", "Wobbleguard"), new Marker("Vostrakel", "Imbergast")));

    static final GatedArticle REGISTERED = new GatedArticle("probe-registered-briefing", AccessLevel.REGISTERED, List.of(
            new Marker("Drumvessel", "Skarnholt"), new Marker("Pliventa", "Ustrabond"),
            new Marker("Merrowick", "Talquinse")));

    /**
     * A gated article with two versions whose history page diffs its body: the second version added
     * a paragraph with the second marker and changed the headline.
     */
    static final GatedArticle REVISED = new GatedArticle("probe-dredging-contract", AccessLevel.SUBSCRIBERS, List.of(
            new Marker("Drennovar", "Kelpswitch"), new Marker("Ulmbrasket", "Pordevine")));

    /** Unlocked by the "anonymous who unlocked another article" reader; its secret proves the unlock works. */
    static final String OTHER_ID = "probe-other-unlocked";
    static final Marker OTHER_MARKER = new Marker("Grellisond", "Vintracombe");

    static final List<GatedArticle> GATED = List.of(SUBSCRIBERS, REGISTERED, REVISED);

    private LeakMarkers() {
    }

    static void store(Library library) {
        List<Marker> s = SUBSCRIBERS.markers();
        library.store(draft(SUBSCRIBERS.id(), SUBSCRIBERS.level(), "The ledger the harbour board kept",
                "Accounts from the dry season", List.of(
                        new Block.Paragraph("The harbour board met on Tuesday to review its accounts."),
                        new Block.Paragraph("Its clerks brought three boxes of receipts to the meeting."),
                        new Block.Paragraph("The first box held the " + s.get(0).word() + " receipts, stamped " + s.get(0).secret() + " in red."),
                        new Block.Heading("What the " + s.get(1).word() + " tally showed " + s.get(1).secret()),
                        new Block.BlockQuote("Every " + s.get(2).word() + " entry was signed " + s.get(2).secret() + ".",
                                new Block.Citation("The board's clerk", null)),
                        new Block.Paragraph("Finance Minister " + s.get(4).word() + " " + s.get(4).secret() + " said the tally was wrong."),
                        new Block.Paragraph("In the end the " + s.get(3).word() + " total matched " + s.get(3).secret() + "."))));
        List<Marker> r = REGISTERED.markers();
        library.store(draft(REGISTERED.id(), REGISTERED.level(), "A briefing for registered readers on the ferry tariffs",
                "What the new ferry tariffs cost commuters", List.of(
                        new Block.Paragraph("Ferry tariffs rise next month on every crossing."),
                        new Block.Paragraph("Commuters will pay a little more at peak hours."),
                        new Block.Heading("The " + r.get(0).word() + " crossing and " + r.get(0).secret()),
                        new Block.Paragraph("Tickets for the " + r.get(1).word() + " route now need " + r.get(1).secret() + " stamps."),
                        new Block.BlockQuote("We priced the " + r.get(2).word() + " pass like " + r.get(2).secret() + ".", null))));
        library.store(draft(OTHER_ID, AccessLevel.SUBSCRIBERS, "Another gated story about the ferry docks",
                "The docks after dark", List.of(
                        new Block.Paragraph("The docks close at ten."),
                        new Block.Paragraph("The night watch walks them twice."),
                        new Block.Paragraph("Its log calls the " + OTHER_MARKER.word() + " gate " + OTHER_MARKER.secret() + "."))));
        storeRevised(library);
    }

    /** Stored once: storing the two versions again at every test would add a version each time. */
    private static void storeRevised(Library library) {
        if (library.article(REVISED.id()).isPresent()) {
            return;
        }
        List<Marker> m = REVISED.markers();
        List<Block> first = List.of(
                new Block.Paragraph("The harbour board signed its dredging contract in May."),
                new Block.Paragraph("Two firms bid for the work."),
                new Block.Paragraph("The winning bid named the " + m.get(0).word() + " barge " + m.get(0).secret() + "."));
        library.store(revised("The harbour's dredging contract", first));
        List<Block> second = new java.util.ArrayList<>(first);
        second.add(new Block.Paragraph("A later audit found the " + m.get(1).word() + " invoice " + m.get(1).secret() + "."));
        library.store(revised("The harbour's dredging contract, audited", second), new org.parallax.library.Edit("probe-editor@parallax.example", "Adds the audit's finding.", false));
    }

    /** Published weeks before the reviews' days, so their editions keep choosing the other probe articles. */
    private static ArticleDraft revised(String title, List<Block> body) {
        return new ArticleDraft(REVISED.id(), "https://parallax.example/probe/" + REVISED.id(), "Parallax", title,
                "Who digs the channel", "Ilse Probst", ArticleKind.ANALYSIS, REVISED.level(), "en",
                PUBLISHED.minus(java.time.Duration.ofDays(20)), null, body);
    }

    private static ArticleDraft draft(String id, AccessLevel level, String title, String dek, List<Block> body) {
        return new ArticleDraft(id, "https://parallax.example/probe/" + id, "Parallax", title, dek, "Ilse Probst",
                ArticleKind.ANALYSIS, level, "en", PUBLISHED, null, body);
    }
}
