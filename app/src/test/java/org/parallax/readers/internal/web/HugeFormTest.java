package org.parallax.readers.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.readers.internal.web.Pages.body;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.WebTest;
import org.parallax.readers.Readers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/** A form far bigger than any field needs gets a clear 413 and stores nothing; a merely long email a 400. */
class HugeFormTest extends WebTest {

    @Autowired
    Readers readers;

    @Test
    void aFiveMegabyteEmailIsRefusedWith413AndNothingIsStored() throws Exception {
        int before = readers.all().size();
        String huge = "a".repeat(5 * 1024 * 1024) + "@harbour.example";
        for (String path : List.of("/sign-in/link", "/sign-in/password", "/password/forgot")) {
            String page = body(mvc.perform(post(path).with(csrf()).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                            .content("email=" + huge + "&password=whatever-it-is"))
                    .andExpect(status().isPayloadTooLarge()).andReturn().getResponse());
            assertThat(page).as(path).contains("Too much to send", "nothing").doesNotContain("aaaaaaaaaa");
        }
        assertThat(readers.all()).hasSize(before);
    }

    @Test
    void anEmailLongerThanAnyAddressIsExplained() throws Exception {
        String tooLong = "a".repeat(300) + "@harbour.example";
        for (String path : List.of("/sign-in/link", "/password/forgot")) {
            String page = body(mvc.perform(post(path).with(csrf()).param("email", tooLong))
                    .andExpect(status().isBadRequest()).andReturn().getResponse());
            assertThat(page).as(path).contains("at most 254 characters");
        }
        assertThat(readers.all()).noneMatch(reader -> reader.email().startsWith("aaaa"));
    }
}
