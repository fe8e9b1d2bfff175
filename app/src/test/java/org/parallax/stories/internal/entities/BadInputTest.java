package org.parallax.stories.internal.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parallax.stories.Entity;

/** Articles no desk expects: very long lists of names, no text, text in other scripts, stray marks. */
class BadInputTest {

    private final RuleEntityFinder finder = new RuleEntityFinder();

    @Test
    void anArticleNamingFiveHundredEntitiesIsReadQuicklyAndWhole() {
        List<String> paragraphs = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            String name = "Mara" + " " + surname(i);
            paragraphs.add("Envoy " + name + " of Varnholm met Mr. " + surname(i) + " of the " + surname(i)
                    + " Holdings Inc in Houston, and " + surname(i) + " said the talks went well.");
        }
        finder.entities("Five hundred delegates", paragraphs); // warm-up
        long started = System.nanoTime();
        Set<Entity> entities = finder.entities("Five hundred delegates", paragraphs);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertThat(entities).contains(Entity.person("Mara " + surname(0)), Entity.person("Mara " + surname(499)),
                Entity.organization(surname(7) + " Holdings Inc"), Entity.place("Houston"));
        assertThat(entities.stream().filter(e -> e.kind() == Entity.Kind.PERSON)).hasSize(500);
        assertThat(took).isLessThan(Duration.ofSeconds(2));
    }

    /** Distinct made-up surnames: Bakar, Bekir, ... from the index. */
    private static String surname(int i) {
        String consonants = "bdfgklmnprstvz";
        String vowels = "aeiou";
        StringBuilder s = new StringBuilder();
        int n = i + 1000;
        while (n > 0) {
            s.append(consonants.charAt(n % consonants.length())).append(vowels.charAt(n / consonants.length() % vowels.length()));
            n /= consonants.length() * vowels.length();
        }
        return Character.toUpperCase(s.charAt(0)) + s.substring(1) + "sen";
    }

    @Test
    void emptyTitlesAndBodiesGiveNothing() {
        assertThat(finder.mentions("", List.of())).isEmpty();
        assertThat(finder.mentions(null, List.of(""))).isEmpty();
        assertThat(finder.entities("   ", Collections.nCopies(3, " "))).isEmpty();
        assertThat(finder.entities("", List.of("-", ",", ".", "—"))).isEmpty();
    }

    @Test
    void textInOtherLanguagesAndScriptsDoesNotBreakTheFinder() {
        List<String> paragraphs = List.of(
                "Москва, 3 марта - Министр финансов Антон Силуанов заявил, что бюджет будет исполнен.",
                "北京 — 中国人民银行周二表示，将保持货币政策稳定。",
                "القاهرة - قال وزير المالية إن الميزانية ستنفذ.",
                "Le ministre des Finances, Édouard Balladur, a déclaré à Paris que le franc resterait stable.",
                "Ça va. Éric Ångström sagte: «Wir bleiben.»");
        assertThat(finder.entities("Бюджет", paragraphs)).contains(Entity.place("Paris"), Entity.place("France"));
    }

    @Test
    void strayAndUnbalancedMarksDoNotBreakTheFinder() {
        assertThat(finder.entities("\"Unclosed", List.of("\"Robert Gates said \" \" \"", "“ ” « » ' ' '' \"\"\"",
                "Gates, , , said. . .", "U.S.", "ST.", ", Calif.", "KOKOMO, Ind., Feb 26 -")))
                .contains(Entity.person("Robert Gates"), Entity.place("United States"));
    }
}
