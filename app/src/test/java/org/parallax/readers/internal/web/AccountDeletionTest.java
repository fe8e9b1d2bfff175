package org.parallax.readers.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.readers.internal.web.Pages.body;
import static org.parallax.readers.internal.web.Pages.unique;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.parallax.SignedIn;
import org.parallax.WebTest;
import org.parallax.readers.Purpose;
import org.parallax.readers.Reader;
import org.parallax.readers.ReaderDeleted;
import org.parallax.readers.Readers;
import org.parallax.readers.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@RecordApplicationEvents
class AccountDeletionTest extends WebTest {

    @Autowired
    Readers readers;

    @Autowired
    ApplicationEvents events;

    @Test
    void theExportIsAJsonDownloadOfTheAccount() throws Exception {
        String email = unique("export");
        Cookie session = SignedIn.as(mvc, readers, email, Role.READER);
        Reader reader = readers.byEmail(email).orElseThrow();
        readers.redeem(readers.issueLink(reader.id(), Purpose.CONFIRM_EMAIL), Purpose.CONFIRM_EMAIL);
        readers.setNewsletter(reader.id(), true);

        MockHttpServletResponse response = mvc.perform(get("/account/export").cookie(session))
                .andExpect(status().isOk()).andReturn().getResponse();

        assertThat(response.getContentType()).startsWith("application/json");
        assertThat(response.getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"parallax-account.json\"");
        JsonNode json = JsonMapper.builder().build().readTree(body(response));
        assertThat(json.get("email").asString()).isEqualTo(email);
        assertThat(json.get("role").asString()).isEqualTo("READER");
        assertThat(json.get("created").asString()).isEqualTo(reader.createdAt().toString());
        assertThat(json.get("confirmed").asString()).isNotBlank();
        assertThat(json.get("newsletter").asBoolean()).isTrue();
        assertThat(body(response)).doesNotContain(SignedIn.PASSWORD).doesNotContain("$2a$");
    }

    @Test
    void aWrongEmailDeletesNothing() throws Exception {
        String email = unique("careful");
        Cookie session = SignedIn.as(mvc, readers, email, Role.READER);

        String page = body(mvc.perform(post("/account/delete").cookie(session).with(csrf()).param("email", "someone@else.example"))
                .andExpect(status().isBadRequest()).andReturn().getResponse());

        assertThat(page).contains("nothing was deleted");
        assertThat(readers.byEmail(email)).isPresent();
    }

    @Test
    void deletingEndsEverySessionSaysGoodbyeAndTellsOtherModules() throws Exception {
        String email = unique("leaving");
        Cookie laptop = SignedIn.as(mvc, readers, email, Role.READER);
        Cookie phone = SignedIn.as(mvc, readers, email, Role.READER);
        long id = readers.byEmail(email).orElseThrow().id();

        String goodbye = body(mvc.perform(post("/account/delete").cookie(laptop).with(csrf()).param("email", " " + email.toUpperCase()))
                .andExpect(status().isOk()).andReturn().getResponse());

        assertThat(goodbye).contains("Your account is deleted", "Sign in").doesNotContain(email);
        assertThat(readers.byEmail(email)).isEmpty();
        assertThat(events.stream(ReaderDeleted.class)).containsExactly(new ReaderDeleted(id));
        mvc.perform(get("/account").cookie(laptop)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/account").cookie(phone)).andExpect(status().is3xxRedirection());
        assertThat(readers.register(email).id()).as("the email may start afresh").isNotEqualTo(id);
    }
}
