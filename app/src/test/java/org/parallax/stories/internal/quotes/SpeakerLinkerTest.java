package org.parallax.stories.internal.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.stories.AttributedQuote;
import org.parallax.stories.Entity;
import org.parallax.stories.EntityMention;
import org.parallax.stories.Quote;

class SpeakerLinkerTest {

    private final SpeakerLinker links = new SpeakerLinker();
    private final Entity lindqvist = Entity.person("Mara Lindqvist");
    private final Entity mikkel = Entity.person("Mikkel Streng");
    private final Entity ulla = Entity.person("Ulla Streng");

    private Entity linked(String speaker, List<String> paragraphs, Entity... people) {
        List<EntityMention> mentions = java.util.Arrays.stream(people)
                .map(p -> new EntityMention(p, p.canonicalName(), 1, 0)).toList();
        List<AttributedQuote> attributed = links.attribute(paragraphs, List.of(new Quote("We will.", speaker, 0, false)),
                mentions);
        return attributed.getFirst().speaker();
    }

    @Test
    void theFullNameAndTheSurnameLeadToThePerson() {
        assertThat(linked("Mara Lindqvist", List.of(), lindqvist)).isEqualTo(lindqvist);
        assertThat(linked("Lindqvist", List.of(), lindqvist, mikkel)).isEqualTo(lindqvist);
    }

    @Test
    void aSurnameTwoPeopleShareLeadsToNobodyUnlessTheGivenNameTells() {
        assertThat(linked("Streng", List.of(), mikkel, ulla)).isNull();
        assertThat(linked("Ulla Streng", List.of(), mikkel, ulla)).isEqualTo(ulla);
    }

    @Test
    void aTitleLeadsToThePersonOnlyWhereTheArticleNamesThemBesideIt() {
        List<String> tied = List.of("The fisheries minister, Mara Lindqvist, announced a ban.");
        assertThat(linked("the fisheries minister", tied, lindqvist)).isEqualTo(lindqvist);
        List<String> after = List.of("Mara Lindqvist, the fisheries minister, announced a ban.");
        assertThat(linked("the minister", after, lindqvist)).isEqualTo(lindqvist);
        List<String> untied = List.of("The minister announced a ban. Mara Lindqvist, a fisher, protested.");
        assertThat(linked("the minister", untied, lindqvist)).isNull();
    }

    @Test
    void anIndefiniteSpeakerOrAGroupIsNoPerson() {
        assertThat(linked("a spokesman", List.of("A spokesman, Mara Lindqvist, said."), lindqvist)).isNull();
        assertThat(linked("Fishing crews in Norrhavn", List.of(), lindqvist)).isNull();
        assertThat(linked("Ingrid Alm", List.of(), lindqvist)).isNull();
    }
}
