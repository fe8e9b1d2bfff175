package org.parallax.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.parallax.readers.Reader;
import org.parallax.readers.Readers;
import org.parallax.readers.Role;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 7's journey in Chromium: an editor writes an article, previews it, publishes it, appends an
 * update and changes the headline in the open; a reader then sees the update, the headline notice
 * and the history page with its word-level differences.
 */
class NewsroomBrowserTest extends BrowserTest {

    private static final String PASSWORD = "ferry-lantern-harbour-9";

    @Autowired
    Readers readers;

    @Test
    void anEditorPublishesUpdatesAndRenamesAnArticleAndAReaderSeesItAllInTheOpen() {
        String editor = "night-editor-" + UUID.randomUUID().toString().substring(0, 8) + "@parallax.example";
        Reader account = readers.register(editor, PASSWORD);
        readers.grant(account.id(), Role.EDITOR);
        signIn(editor, "/newsroom/articles/new");

        find("#title").sendKeys("Ferry tariffs rise on the lake crossings");
        find("#dek").sendKeys("What commuters on the Orsava ferries will pay from March");
        // Free, so an anonymous reader sees the whole article, the update at its end included.
        new Select(find("#access")).selectByValue("free");
        find("#authors").sendKeys("Maren Idowu");
        find("#sections").sendKeys("Water");
        find("#markdown").sendKeys("The lake authority raised ferry tariffs on every crossing.\n\n"
                + "> Nobody leaves the harbour for free any more.\n>\n> — Lakeshore Courier, https://lakeshore-courier.example/fares\n\n"
                + "Commuters will pay a little more at peak hours.");
        clickThrough("button[value=preview]");

        WebElement preview = find("section.preview");
        assertThat(preview.getText()).contains("The lake authority raised ferry tariffs", "Nobody leaves the harbour for free",
                "Lakeshore Courier");
        clickThrough("button[value=publish]");
        String address = find("a[href*='/articles/']").getAttribute("href");
        String articlePath = address.substring(address.indexOf("/articles/"));

        open("/newsroom" + articlePath + "/updates");
        find("#update-text").sendKeys("The authority has since exempted the night ferry.");
        clickThrough(".changes-desk form[action$='/updates'] button[type=submit]");
        assertThat(pageText()).contains("The update is published.");

        open("/newsroom/articles/" + articlePath.substring("/articles/".length()) + "/edit");
        WebElement title = find("#title");
        title.clear();
        title.sendKeys("Ferry tariffs rise on every lake crossing but the night ferry");
        find("#note").sendKeys("The night ferry is exempt");
        clickThrough("button[value=publish]");
        signOut();

        open(articlePath);
        assertThat(find("h1").getText()).isEqualTo("Ferry tariffs rise on every lake crossing but the night ferry");
        assertThat(pageText()).contains("Update,", "The authority has since exempted the night ferry.");
        assertThat(find("p.headline-notice").getText()).contains("Headline changed from",
                "Ferry tariffs rise on the lake crossings", "The night ferry is exempt");
        assertThat(find("blockquote").getText()).contains("Nobody leaves the harbour for free");

        assertThat(find("#tip").getText()).contains("Sign in to send the newsroom a tip");

        open("/authors/maren-idowu");
        assertThat(pageText()).contains("Ferry tariffs rise on every lake crossing but the night ferry");

        open(articlePath + "/history");
        assertThat(browser.findElements(By.cssSelector("li.version"))).hasSizeGreaterThanOrEqualTo(3);
        assertThat(browser.findElements(By.cssSelector(".diff ins"))).extracting(WebElement::getText)
                .anyMatch(added -> added.contains("every"));
        assertThat(browser.findElements(By.cssSelector(".diff del"))).extracting(WebElement::getText)
                .anyMatch(removed -> removed.contains("the"));
        assertThat(pageText()).contains("The night ferry is exempt");
    }

    private static void signIn(String email, String then) {
        open(then);
        assertThat(browser.getCurrentUrl()).contains("/sign-in");
        find("details.password-sign-in summary").click();
        find("#password-email").sendKeys(email);
        find("#password").sendKeys(PASSWORD);
        clickThrough("details.password-sign-in button[type=submit]");
        assertThat(browser.getCurrentUrl()).contains(then);
    }

    private static void signOut() {
        clickThrough(".account-nav button[type=submit]");
    }
}
