package org.parallax.newsroom.internal.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.parallax.SignedIn;
import org.parallax.WebTest;
import org.parallax.newsroom.AuditEntry;
import org.parallax.newsroom.AuditLog;
import org.parallax.readers.Reader;
import org.parallax.readers.Readers;
import org.parallax.readers.Role;
import org.springframework.beans.factory.annotation.Autowired;

/** The staff page through the whole application: admins only, and a new editor who can then open the newsroom. */
class StaffWebTest extends WebTest {

    @Autowired
    Readers readers;

    @Autowired
    AuditLog audit;

    @Test
    void anAdminMakesAReaderAnEditorWhoCanThenOpenTheNewsroom() throws Exception {
        Cookie admin = SignedIn.as(mvc, readers, unique("staff-admin"), Role.ADMIN);
        String email = unique("new-editor");
        Reader reader = readers.register(email, SignedIn.PASSWORD);

        mvc.perform(post("/admin/staff").with(csrf()).cookie(admin).param("email", email).param("role", "EDITOR"))
                .andExpect(status().is3xxRedirection());

        assertThat(readers.reader(reader.id()).orElseThrow().role()).isEqualTo(Role.EDITOR);
        assertThat(mvc.perform(get("/admin/staff").cookie(admin)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).contains(email, "staff-" + reader.id());
        Cookie editor = SignedIn.as(mvc, readers, email, Role.EDITOR);
        mvc.perform(get("/newsroom/tips").cookie(editor)).andExpect(status().isOk());

        mvc.perform(post("/admin/staff/" + reader.id() + "/role").with(csrf()).cookie(admin).param("role", "READER"))
                .andExpect(status().is3xxRedirection());
        assertThat(readers.reader(reader.id()).orElseThrow().role()).isEqualTo(Role.READER);
        assertThat(audit.latest(50)).filteredOn(entry -> entry.subject().equals(email)).extracting(AuditEntry::detail)
                .containsExactly("editor to reader", "reader to editor");
    }

    @Test
    void anUnknownEmailIsRefusedWithAMessage() throws Exception {
        Cookie admin = SignedIn.as(mvc, readers, unique("staff-admin"), Role.ADMIN);

        assertThat(mvc.perform(post("/admin/staff").with(csrf()).cookie(admin).param("email", unique("nobody")).param("role", "ADMIN"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString()).contains("register first");
    }

    @Test
    void editorsCannotManageStaff() throws Exception {
        Cookie editor = SignedIn.as(mvc, readers, unique("staff-editor"), Role.EDITOR);
        mvc.perform(get("/admin/staff").cookie(editor)).andExpect(status().isForbidden());
        mvc.perform(post("/admin/staff").with(csrf()).cookie(editor).param("email", "someone@harbour.example").param("role", "ADMIN"))
                .andExpect(status().isForbidden());
        assertThat(readers.byEmail("someone@harbour.example")).isEmpty();
    }

    private static String unique(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@parallax.example";
    }
}
