package org.parallax.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.parallax.library.Library;
import org.parallax.stories.Stories;
import org.parallax.stories.StoryFixtures;
import org.springframework.beans.factory.annotation.Autowired;

/** A reader goes from an article to its full coverage, reads the story page and follows a speaker to their page. */
class StoryBrowserTest extends BrowserTest {

    @Autowired
    Library library;

    @Autowired
    Stories stories;

    @Test
    void aReaderFollowsFullCoverageToTheStoryPageAndOnToASpeaker() {
        StoryFixtures.store(library);
        assertThat(stories.awaitCaughtUp(Duration.ofSeconds(30))).isTrue();

        open("/articles/" + StoryFixtures.LEDGER_ID);
        clickThrough(".full-coverage a");
        assertThat(browser.getCurrentUrl()).contains("/stories/");

        List<WebElement> outlets = browser.findElements(By.cssSelector(".outlet-grid > article"));
        assertThat(outlets).hasSizeGreaterThanOrEqualTo(4);
        assertThat(outlets.getFirst().getText()).containsIgnoringCase("Parallax").contains("What the Tellan bridge deal leaves unsaid");
        assertThat(find(".story-summary").findElements(By.tagName("li"))).hasSizeBetween(3, 5);
        WebElement chart = find(".timeline svg");
        assertThat(chart.getSize().getWidth()).isGreaterThan(200);
        assertThat(chart.getAttribute("role")).isEqualTo("img");
        assertThat(find(".framing").getText()).contains("Northern Ledger");
        assertThat(pageText()).contains("Also published by Valley Times").doesNotContain(StoryFixtures.GATED_WORD);

        clickThrough(".quote-matrix a[href^='/entities/']");
        assertThat(browser.getCurrentUrl()).contains("/entities/");
        assertThat(pageText()).contains("Stories", "said");
    }
}
