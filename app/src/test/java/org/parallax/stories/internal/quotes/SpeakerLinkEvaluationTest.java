package org.parallax.stories.internal.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.parallax.stories.AttributedQuote;
import org.parallax.stories.Entity;
import org.parallax.stories.Quote;
import org.parallax.stories.internal.entities.RuleEntityFinder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The share of annotated quotes whose speaker is linked to the right entity, with the entity
 * finder and the quote finder as the app runs them. The right entity of a speaker annotated by
 * name ("Mara Lindqvist") is that person; a speaker annotated by a title or a group ("the mayor",
 * "fishing crews in Norrhavn") should be linked to nobody. A quote the finder missed counts wrong.
 */
class SpeakerLinkEvaluationTest {

    @Test
    void linksSpeakersToTheRightPeople() throws IOException {
        RuleEntityFinder entities = new RuleEntityFinder();
        QuoteExtractor quotes = new QuoteExtractor();
        SpeakerLinker links = new SpeakerLinker();
        int annotated = 0;
        int right = 0;
        int found = 0;
        try (InputStream in = getClass().getResourceAsStream("/quotes/annotated.jsonl")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode article = JsonMapper.builder().build().readTree(line);
                List<String> paragraphs = new ArrayList<>();
                article.get("paragraphs").forEach(p -> paragraphs.add(p.asString()));
                List<Quote> inArticle = quotes.quotesIn(paragraphs);
                List<AttributedQuote> attributed = links.attribute(paragraphs, inArticle,
                        entities.mentions("", paragraphs));
                List<AttributedQuote> unmatched = new ArrayList<>(attributed);
                for (JsonNode want : article.get("quotes")) {
                    annotated++;
                    AttributedQuote hit = unmatched.stream()
                            .filter(q -> QuoteEvaluationTest.matches(q.quote(), want)).findFirst().orElse(null);
                    if (hit == null) {
                        continue;
                    }
                    unmatched.remove(hit);
                    found++;
                    Entity expected = expectedEntity(want.get("speaker").asString());
                    if (same(expected, hit.speaker())) {
                        right++;
                    } else {
                        System.out.println("  wrong speaker entity " + article.get("id").asString() + ": " + hit.speaker()
                                + " for " + want.get("speaker").asString());
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "SPEAKERS right entity %.3f of annotated quotes (%d/%d), %.3f of those found (%d/%d)%n",
                (double) right / annotated, right, annotated, (double) right / found, right, found);
        assertThat((double) right / found).isGreaterThanOrEqualTo(0.90);
    }

    /** A person for a name, every word capitalized; nobody for a title or a group ("Fishing crews in Norrhavn"). */
    private static Entity expectedEntity(String speaker) {
        for (String word : speaker.split("\\s+")) {
            if (!Character.isUpperCase(word.codePointAt(0))) {
                return null;
            }
        }
        return Entity.person(speaker);
    }

    private static boolean same(Entity expected, Entity linked) {
        if (expected == null || linked == null) {
            return expected == linked;
        }
        return linked.kind() == expected.kind()
                && linked.canonicalName().equalsIgnoreCase(expected.canonicalName());
    }
}
