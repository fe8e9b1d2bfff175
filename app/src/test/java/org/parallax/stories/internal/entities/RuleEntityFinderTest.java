package org.parallax.stories.internal.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parallax.stories.Entity;

class RuleEntityFinderTest {

    private final RuleEntityFinder finder = new RuleEntityFinder();

    private Set<Entity> entities(String... paragraphs) {
        return finder.entities("", List.of(paragraphs));
    }

    @Test
    void shortFormAfterTheFullNameIsTheSamePerson() {
        var mentions = finder.mentions("", List.of(
                "Deputy director Robert Gates withdrew his nomination on Monday.",
                "Gates told senators he would stay at the agency."));
        assertThat(mentions).extracting(m -> m.entity()).containsOnly(Entity.person("Robert Gates"));
        assertThat(mentions).extracting(m -> m.surface()).contains("Gates");
    }

    @Test
    void theDefenseMinisterIsNoName() {
        assertThat(entities("The defense minister said the talks would resume. The Defense Minister declined to comment."))
                .isEmpty();
    }

    @Test
    void aTitleMarksThePersonAndIsNotPartOfTheName() {
        assertThat(entities("French Finance Minister Edouard Balladur met President Reagan in Paris."))
                .contains(Entity.person("Edouard Balladur"), Entity.person("Reagan"), Entity.place("France"),
                        Entity.place("Paris"));
    }

    @Test
    void demonymsAndAbbreviationsLeadToTheCountry() {
        assertThat(entities("American farmers and U.S. officials said the United States and America agree."))
                .containsExactly(Entity.place("United States"));
    }

    @Test
    void aCapitalSpeakingForItsGovernmentIsStillThePlace() {
        var mentions = finder.mentions("", List.of("Moscow said on Tuesday it would not attend the meeting."));
        assertThat(mentions).extracting(m -> m.entity()).containsExactly(Entity.place("Moscow"));
    }

    @Test
    void aTownBringsTheRegionAndCountryItLiesIn() {
        assertThat(entities("Oil companies in Houston cut jobs.")).containsExactly(Entity.place("Houston"),
                Entity.place("Texas"), Entity.place("United States"));
        assertThat(entities("Moscow said on Tuesday it would not attend the meeting."))
                .containsExactly(Entity.place("Moscow"), Entity.place("Soviet Union"));
    }

    @Test
    void aDatelineNamesWhereTheStoryWasFiled() {
        assertThat(entities("KOKOMO, Ind., Feb 26 - United Presidential Corp said its net rose."))
                .containsSubsequence(Entity.place("Kokomo"), Entity.place("Indiana"), Entity.place("United States"))
                .doesNotContain(Entity.person("Kokomo"));
        assertThat(entities("ST. LOUIS, March 3 - Barge rates firmed.")).contains(Entity.place("St. Louis"),
                Entity.place("Missouri"));
        assertThat(entities("VARNHOLM - The fisheries minister announced a ban.")).containsExactly(Entity.place("Varnholm"));
        assertThat(entities("Prices rose - and fell again on Monday.")).isEmpty();
    }

    @Test
    void aTownQualifiedByItsRegionIsAPlaceThere() {
        assertThat(entities("The Irvine, Calif.-based company and a bank in Birmingham, Ala., agreed to merge."))
                .contains(Entity.place("Irvine"), Entity.place("California"), Entity.place("Birmingham, Alabama"),
                        Entity.place("Alabama"), Entity.place("United States"))
                .doesNotContain(Entity.place("United Kingdom"));
    }

    @Test
    void textInCapitalsNamesOnlyWhatTheListsKnow() {
        assertThat(finder.entities("JAPAN SEES BRAZILIAN DEBT TALKS RESUMING", List.of()))
                .containsExactly(Entity.place("Japan"), Entity.place("Brazil"));
    }

    @Test
    void organizationsByListSuffixAndAcronym() {
        assertThat(entities("The IMF and Piedmont Aviation Inc met officials of the Bank of Italy and the XYZQ."))
                .contains(Entity.organization("International Monetary Fund"),
                        Entity.organization("Piedmont Aviation Inc"), Entity.organization("Bank of Italy"),
                        Entity.organization("XYZQ"));
    }

    @Test
    void aPersonIsMarkedByMisterByAGivenNameOrBySaid() {
        assertThat(entities("Mr. Tamura arrived late.", "Clayton Yeutter spoke first.", "Prices will fall, Aqazadeh said."))
                .containsExactlyInAnyOrder(Entity.person("Tamura"), Entity.person("Clayton Yeutter"),
                        Entity.person("Aqazadeh"));
    }

    @Test
    void aWordThatOnlyOpensASentenceIsNoName() {
        assertThat(entities("Showers continued throughout the week. Arrivals rose. Again the crop was late.")).isEmpty();
    }
}
