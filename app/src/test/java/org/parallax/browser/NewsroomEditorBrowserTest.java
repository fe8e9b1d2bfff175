package org.parallax.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.parallax.library.Library;
import org.parallax.readers.Reader;
import org.parallax.readers.Readers;
import org.parallax.readers.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An editor writes in Chromium: the live preview follows the typing (no button pressed), Preview
 * and Save work as forms, and when the session is gone mid-edit the Save brings the text back
 * instead of sending it to the sign-in page.
 */
class NewsroomEditorBrowserTest extends BrowserTest {

    private static final String PASSWORD = "quay-lantern-ledger-4";
    private static final String EMAIL = "newsroom-browser-editor@parallax.example";

    @Autowired
    Readers readers;

    @Autowired
    Library library;

    @Test
    void theLivePreviewFollowsTheTypingAndAnEndedSessionKeepsTheText() {
        Reader editor = readers.byEmail(EMAIL).orElseGet(() -> readers.register(EMAIL, PASSWORD));
        readers.grant(editor.id(), Role.EDITOR);

        open("/newsroom/articles/new");
        assertThat(browser.getCurrentUrl()).contains("/sign-in");
        find("details.password-sign-in summary").click();
        find("#password-email").sendKeys(EMAIL);
        find("#password").sendKeys(PASSWORD);
        clickThrough("details.password-sign-in button[type=submit]");
        assertThat(browser.getCurrentUrl()).contains("/newsroom/articles/new");

        find("#title").sendKeys("Night ferries cross the Varnholm strait again");
        find("#authors").sendKeys("Ana Ruiz");
        find("#markdown").sendKeys("The first night ferry left Osterby at ten.\n\n> We sail when the lights are lit.\n>\n> "
                + "\u2014 Meridian Wire, https://meridian-wire.example/strait\n\n<script>alert(1)</script>");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> present("section.preview figcaption a"));
        assertThat(find("section.preview").getText()).contains("The first night ferry left Osterby at ten.", "Meridian Wire")
                .doesNotContain("alert(1)");
        assertThat(find("section.preview figcaption a").getAttribute("href")).isEqualTo("https://meridian-wire.example/strait");
        assertThat(browser.getCurrentUrl()).as("no page was loaded for the preview").contains("/newsroom/articles/new");

        clickThrough("button[value=save]");
        assertThat(pageText()).contains("HTML is not allowed in the text (found <script>)", "Nothing was saved");
        find("#markdown").clear();
        find("#markdown").sendKeys("The first night ferry left Osterby at ten.");
        clickThrough("button[value=save]");
        assertThat(pageText()).contains("Saved as a draft.");
        String editPage = browser.getCurrentUrl();

        // The session ends (expired, or signed out elsewhere) while the editor keeps writing.
        browser.manage().deleteCookieNamed("parallax_session");
        find("#markdown").sendKeys(" The crews cheered.");
        clickThrough("button[value=save]");

        assertThat(pageText()).contains("Your session ended before this was saved");
        assertThat(find("#markdown").getAttribute("value")).isEqualTo("The first night ferry left Osterby at ten. The crews cheered.");
        String articlePath = editPage.substring(base().length(), editPage.indexOf("/edit"));
        assertThat(browser.findElement(By.cssSelector("form.newsroom-editor")).getAttribute("action")).endsWith(articlePath);
    }
}
