package org.parallax.ingest.internal.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RobotsRulesTest {

    private static final String COURIER_ROBOTS = """
            # The Varnholm Courier
            User-agent: *
            Disallow: /search
            Disallow: /*/print$
            Disallow: /*?session=
            Allow: /search/about
            Crawl-delay: 3

            User-agent: ArchiveBot
            Disallow: /

            Sitemap: https://courier.example/sitemap.xml
            """;

    private final RobotsRules rules = RobotsRules.parse(COURIER_ROBOTS, "Parallax");

    @Test
    void aDisallowedPrefixBlocksEverythingBelowIt() {
        assertThat(rules.allows("/search")).isFalse();
        assertThat(rules.allows("/search?q=ferries")).isFalse();
        assertThat(rules.allows("/2026/ferries-resume")).isTrue();
    }

    @Test
    void wildcardsMatchAnyCharactersAndADollarTheEnd() {
        assertThat(rules.allows("/2026/ferries-resume/print")).isFalse();
        assertThat(rules.allows("/2026/ferries-resume/print/comments")).isTrue();
        assertThat(rules.allows("/world/story?session=abc")).isFalse();
        assertThat(rules.allows("/world/story?page=2")).isTrue();
    }

    @Test
    void theLongerAllowOverridesTheShorterDisallow() {
        assertThat(rules.allows("/search/about")).isTrue();
        assertThat(rules.allows("/search/about/team")).isTrue();
    }

    @Test
    void onAnEqualMatchAllowWins() {
        RobotsRules tie = RobotsRules.parse("User-agent: *\nDisallow: /opinion\nAllow: /opinion\n", "Parallax");

        assertThat(tie.allows("/opinion/columns")).isTrue();
    }

    @Test
    void aGroupNamingParallaxReplacesTheGeneralOne() {
        RobotsRules ours = RobotsRules.parse("""
                User-agent: *
                Disallow: /

                User-agent: Other
                User-agent: parallax/0.1
                Disallow: /drafts
                Crawl-delay: 0.5
                """, "Parallax");

        assertThat(ours.allows("/2026/ferries-resume")).isTrue();
        assertThat(ours.allows("/drafts/ferries")).isFalse();
        assertThat(ours.crawlDelay()).contains(Duration.ofMillis(500));
    }

    @Test
    void theGeneralGroupsCrawlDelayApplies() {
        assertThat(rules.crawlDelay()).contains(Duration.ofSeconds(3));
    }

    @Test
    void anEmptyDisallowAndAnEmptyFileAllowEverything() {
        assertThat(RobotsRules.parse("User-agent: *\nDisallow:\n", "Parallax").allows("/anything")).isTrue();
        assertThat(RobotsRules.parse("", "Parallax").allows("/anything")).isTrue();
    }

    @Test
    void rulesBeforeAnyUserAgentBelongToNoGroup() {
        assertThat(RobotsRules.parse("Disallow: /\n", "Parallax").allows("/world")).isTrue();
    }
}
