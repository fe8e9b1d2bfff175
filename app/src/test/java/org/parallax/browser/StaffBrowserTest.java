package org.parallax.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parallax.readers.Reader;
import org.parallax.readers.Readers;
import org.parallax.readers.Role;
import org.springframework.beans.factory.annotation.Autowired;

/** An admin signs in with a password, reaches the admin pages, and signs out. */
class StaffBrowserTest extends BrowserTest {

    private static final String PASSWORD = "lantern-harbour-42";

    @Autowired
    Readers readers;

    @Test
    void anAdminSignsInWithAPasswordReachesTheFeedsAndSignsOut() {
        Reader admin = readers.register("desk-admin@parallax.example", PASSWORD);
        readers.grant(admin.id(), Role.ADMIN);

        open("/admin/feeds");
        assertThat(browser.getCurrentUrl()).contains("/sign-in");
        find("details.password-sign-in summary").click();
        find("#password-email").sendKeys("desk-admin@parallax.example");
        find("#password").sendKeys(PASSWORD);
        clickThrough("details.password-sign-in button[type=submit]");

        assertThat(browser.getCurrentUrl()).endsWith("/admin/feeds");
        assertThat(pageText()).contains("Outlets and feeds", "desk-admin@parallax.example");

        clickThrough(".account-nav button[type=submit]");
        assertThat(pageText()).contains("Sign in").doesNotContain("desk-admin@parallax.example");
        open("/admin/feeds");
        assertThat(browser.getCurrentUrl()).contains("/sign-in");
    }
}
