package org.parallax.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.parallax.library.Library;
import org.parallax.readers.Reader;
import org.parallax.readers.Readers;
import org.parallax.readers.Role;
import org.parallax.stories.Stories;
import org.parallax.stories.StoryFixtures;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An editor signs in, opens the preview of the Daily Review the day after the Tellan bridge deal,
 * pins the harvest story over the bridge, writes "Our take", and reads both in the email as Chromium
 * renders it in the preview's frame.
 */
class ReviewDeskBrowserTest extends BrowserTest {

    private static final String PASSWORD = "sluice-gate-ledger-9";
    private static final String TAKE = "Cheaper flour will reach more kitchens than the new bridge will reach lorries.";

    @Autowired
    Readers readers;

    @Autowired
    Library library;

    @Autowired
    Stories stories;

    @Test
    void anEditorPinsAStoryWritesOurTakeAndReadsBothInThePreview() {
        StoryFixtures.store(library);
        assertThat(stories.awaitCaughtUp(Duration.ofSeconds(30))).isTrue();
        long harvest = stories.storyOf(StoryFixtures.HARVEST_ID).orElseThrow().storyId();
        Reader editor = readers.register("review-desk-editor@parallax.example", PASSWORD);
        readers.grant(editor.id(), Role.EDITOR);

        open("/newsroom/reviews/daily?date=2025-05-07");
        assertThat(browser.getCurrentUrl()).contains("/sign-in");
        find("details.password-sign-in summary").click();
        find("#password-email").sendKeys("review-desk-editor@parallax.example");
        find("#password").sendKeys(PASSWORD);
        clickThrough("details.password-sign-in button[type=submit]");
        assertThat(browser.getCurrentUrl()).contains("/newsroom/reviews/daily");
        assertThat(pageText()).contains("The Daily Review, 2025-05-07", "Kestria and Dunmoor agree to rebuild the Tellan bridge");
        assertThat(find("tr[data-story='" + harvest + "']").getText()).contains("Grain prices fall", "Yes");

        // Unpinned, the bridge (four outlets) leads the edition.
        assertThat(frameStoryHeadlines().getFirst()).contains("Tellan bridge");

        clickThrough("tr[data-story='" + harvest + "'] button.review-pin");
        assertThat(pageText()).contains("Pinned story " + harvest);
        find("#review-note").clear();
        find("#review-note").sendKeys(TAKE);
        clickThrough(".review-note-form button[type=submit]");
        assertThat(pageText()).contains("The note is saved.");

        WebElement frame = find("iframe.review-frame");
        assertThat(frame.getSize().getWidth()).isGreaterThan(600);
        browser.switchTo().frame(frame);
        try {
            String email = browser.findElement(By.tagName("body")).getText();
            assertThat(email).contains("Our take", TAKE, "Editors' pick", "The day's most important stories");
            assertThat(email.indexOf(TAKE)).isLessThan(email.indexOf("Grain prices fall"));
            assertThat(browser.findElement(By.cssSelector("table.review-card")).getSize().getWidth()).isBetween(560, 602);
        } finally {
            browser.switchTo().defaultContent();
        }
        assertThat(frameStoryHeadlines().getFirst()).as("the pinned story leads").startsWith("Grain prices fall");
    }

    private static List<String> frameStoryHeadlines() {
        browser.switchTo().frame(find("iframe.review-frame"));
        try {
            return browser.findElements(By.cssSelector(".review-story h3")).stream().map(WebElement::getText).toList();
        } finally {
            browser.switchTo().defaultContent();
        }
    }
}
