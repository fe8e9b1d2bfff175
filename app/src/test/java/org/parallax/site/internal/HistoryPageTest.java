package org.parallax.site.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.library.Block;
import org.parallax.library.Revision;

/** The history's versions and the headline notices, from an article's revisions. */
class HistoryPageTest {

    static final Instant T = Instant.parse("2026-05-02T06:00:00Z");

    final List<Revision> revisions = List.of(
            new Revision(1, "Ferries resume", "Dek", List.of(new Block.Paragraph("Crews sail at dawn.")), T, null, null, false),
            new Revision(2, "Night ferries resume", "Dek", List.of(new Block.Paragraph("Crews sail at dusk.")),
                    T.plusSeconds(60), "ed@parallax.example", "Only at night.", false),
            new Revision(3, "Night ferries resume.", "Dek", List.of(new Block.Paragraph("Crews sail at dusk.")),
                    T.plusSeconds(120), "ed@parallax.example", null, true));

    @Test
    void aReaderWhoMayNotReadTheArticleLearnsThatTheTextChangedButNotHow() {
        HistoryPage page = HistoryPage.of("ferries", revisions, false, false);

        HistoryPage.Version second = page.versions().get(1);
        assertThat(second.number()).isEqualTo(2);
        assertThat(second.bodyChanged()).isTrue();
        assertThat(second.bodyDiff()).isEmpty();
        assertThat(second.titleChanged()).isTrue();
        assertThat(second.author()).as("editors' addresses are for staff").isNull();
        assertThat(page.versions()).extracting(HistoryPage.Version::number).containsExactly(3, 2, 1);
    }

    @Test
    void anEntitledReaderSeesTheWordsThatChangedAndStaffSeeWhoChangedThem() {
        HistoryPage page = HistoryPage.of("ferries", revisions, true, true);

        HistoryPage.Version second = page.versions().get(1);
        assertThat(second.bodyDiff()).contains(new WordDiff.Piece(WordDiff.Kind.REMOVED, "dawn."),
                new WordDiff.Piece(WordDiff.Kind.ADDED, "dusk."));
        assertThat(second.author()).isEqualTo("ed@parallax.example");
        assertThat(page.versions().getFirst().bodyChanged()).isFalse();
        assertThat(page.versions().getLast().first()).isTrue();
    }

    @Test
    void onlyHeadlineChangesNotMarkedMinorGetANoticeNewestFirst() {
        assertThat(HeadlineNotice.of(revisions)).containsExactly(
                new HeadlineNotice("Ferries resume", "Night ferries resume", "Only at night.", T.plusSeconds(60)));
        assertThat(HeadlineNotice.of(revisions.subList(0, 1))).isEmpty();
    }
}
