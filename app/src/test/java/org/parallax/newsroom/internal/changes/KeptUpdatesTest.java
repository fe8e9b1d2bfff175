package org.parallax.newsroom.internal.changes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.library.Block;

class KeptUpdatesTest {

    static final Block.Update TOP = new Block.Update(Instant.parse("2026-05-02T14:20:00Z"), "Talks collapsed.", null, null);
    static final Block.Update END = new Block.Update(Instant.parse("2026-05-02T15:00:00Z"), "The ferry sailed.", null, "tip-3");

    @Test
    void anEditedBodyKeepsTheArticlesUpdatesWhereTheyStood() {
        List<Block> current = List.of(TOP, new Block.Paragraph("Ferries resume at night."), new Block.Paragraph("Fares rise."), END);
        List<Block> edited = List.of(new Block.Paragraph("Ferries resume at night, both sides say."));

        assertThat(KeptUpdates.into(edited, current))
                .containsExactly(TOP, new Block.Paragraph("Ferries resume at night, both sides say."), END);
    }

    @Test
    void anUpdateTheEditedBodyAlreadyHoldsIsNotDoubled() {
        List<Block> current = List.of(new Block.Paragraph("Ferries resume."), END);
        List<Block> edited = List.of(new Block.Paragraph("Ferries resume tonight."), END);

        assertThat(KeptUpdates.into(edited, current)).containsExactly(new Block.Paragraph("Ferries resume tonight."), END);
    }
}
