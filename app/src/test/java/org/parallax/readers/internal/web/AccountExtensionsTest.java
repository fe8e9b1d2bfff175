package org.parallax.readers.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.readers.internal.web.Pages.body;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.parallax.SignedIn;
import org.parallax.readers.Readers;
import org.parallax.readers.Role;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Other modules add sections to the account page and data to the export, without readers knowing them. */
class AccountExtensionsTest extends OwnReadersContext {

    @Autowired
    Readers readers;

    @Test
    void theAccountPageListsOtherModulesSectionsAndTheExportCarriesTheirData() throws Exception {
        String email = Pages.unique("extended");
        Cookie session = SignedIn.as(mvc, readers, email, Role.READER);

        String page = body(mvc.perform(get("/account").cookie(session)).andReturn().getResponse());
        JsonNode export = JsonMapper.builder().build().readTree(body(mvc.perform(get("/account/export").cookie(session))
                .andReturn().getResponse()));

        assertThat(page).contains("<h2>Subscription</h2>", "All-Access until 2026-12-31 for " + email,
                "&lt;b&gt;not markup&lt;/b&gt;");
        assertThat(export.get("email").asString()).isEqualTo(email);
        assertThat(export.get("unlocked").get(0).asString()).isEqualTo("orsava-inside-the-sluice-deal");
        assertThat(export.get("unlocked")).hasSize(2);
    }
}
