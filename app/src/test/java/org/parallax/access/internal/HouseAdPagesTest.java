package org.parallax.access.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.WebFixtures.GATED_ID;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.parallax.SignedIn;
import org.parallax.WebTest;
import org.parallax.readers.Readers;
import org.parallax.readers.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The house-ad slot: filled by an admin, shown to readers without All-Access, never to subscribers or staff. */
class HouseAdPagesTest extends WebTest {

    private static final String AD = "Hear the Orsava reporters live on Thursday";
    private static final String LINK = "https://parallax.example/events/orsava";

    @Autowired
    Readers readers;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    HouseAdBoard board;

    @AfterEach
    void takeTheAdDown() {
        board.replace("", "");
    }

    @Test
    void anAdminFillsTheSlotAndReadersWithoutAllAccessSeeItOnArticlesAndTheFrontPage() throws Exception {
        Cookie admin = SignedIn.as(mvc, readers, "ad.admin@parallax.example", Role.ADMIN);
        MockHttpServletResponse saved = perform(post("/admin/house-ad").cookie(admin).with(csrf()).param("text", AD).param("link", LINK));
        assertThat(saved.getRedirectedUrl()).isEqualTo("/admin/house-ad?saved=1");
        assertThat(html(get(saved.getRedirectedUrl()).cookie(admin), 200)).contains(AD, LINK, "Saved.");

        Cookie reader = SignedIn.as(mvc, readers, "ad.reader@harbour.example", Role.READER);
        for (MockHttpServletRequestBuilder page : List.of(get("/articles/" + GATED_ID), get("/"),
                get("/articles/" + GATED_ID).cookie(reader))) {
            assertThat(html(page, 200)).contains("class=\"house-ad\"", "<a href=\"" + LINK + "\" rel=\"noopener\">" + AD + "</a>");
        }
    }

    @Test
    void subscribersAndStaffNeverGetTheSlot() throws Exception {
        board.replace(AD, LINK);
        String email = "ad.subscriber@harbour.example";
        Cookie subscriber = SignedIn.as(mvc, readers, email, Role.READER);
        long now = Clock.systemUTC().millis();
        jdbc.sql("""
                        insert into subscription (reader_id, source, status, grants_access, access_until, created_at, updated_at)
                        values (?, 'COMPLIMENTARY', 'active', ?, null, ?, ?)""")
                .params(readers.byEmail(email).orElseThrow().id(), true, now, now).update();
        Cookie editor = SignedIn.as(mvc, readers, "ad.editor@parallax.example", Role.EDITOR);

        for (Cookie browser : List.of(subscriber, editor)) {
            for (String path : List.of("/articles/" + GATED_ID, "/")) {
                assertThat(html(get(path).cookie(browser), 200)).doesNotContain("house-ad").doesNotContain(AD);
            }
        }
    }

    @Test
    void anEmptyAdLeavesNoSlot() throws Exception {
        assertThat(html(get("/articles/" + GATED_ID), 200)).doesNotContain("house-ad");
        assertThat(html(get("/"), 200)).doesNotContain("house-ad");
    }

    @Test
    void theAdMustLinkToAWebAddressAndKeepsTheOldOneWhenRefused() throws Exception {
        board.replace(AD, LINK);
        Cookie admin = SignedIn.as(mvc, readers, "ad.admin@parallax.example", Role.ADMIN);

        for (String link : List.of("javascript:alert(1)", "ftp://parallax.example/", "not a link", "https://")) {
            MockHttpServletResponse refused = perform(post("/admin/house-ad").cookie(admin).with(csrf())
                    .param("text", "Click me").param("link", link));
            assertThat(refused.getStatus()).as(link).isEqualTo(400);
            assertThat(refused.getContentAsString()).contains("Not saved:");
        }
        MockHttpServletResponse textOnly = perform(post("/admin/house-ad").cookie(admin).with(csrf()).param("text", "Click me"));
        assertThat(textOnly.getContentAsString()).contains("give both a text and a link");
        assertThat(html(get("/"), 200)).contains(AD).doesNotContain("Click me");
    }

    @Test
    void onlyAdminsMayChangeTheAdAndOnlyWithTheirCsrfToken() throws Exception {
        Cookie reader = SignedIn.as(mvc, readers, "ad.curious@harbour.example", Role.READER);
        Cookie admin = SignedIn.as(mvc, readers, "ad.admin@parallax.example", Role.ADMIN);

        assertThat(perform(get("/admin/house-ad").cookie(reader)).getStatus()).isEqualTo(403);
        assertThat(perform(post("/admin/house-ad").cookie(reader).with(csrf()).param("text", AD).param("link", LINK)).getStatus())
                .isEqualTo(403);
        assertThat(perform(post("/admin/house-ad").cookie(admin).param("text", AD).param("link", LINK)).getStatus()).isEqualTo(403);
        assertThat(perform(get("/admin/house-ad")).getRedirectedUrl()).startsWith("/sign-in");
        assertThat(html(get("/"), 200)).doesNotContain(AD);
    }

    MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    String html(MockHttpServletRequestBuilder request, int status) throws Exception {
        MockHttpServletResponse response = perform(request);
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
        return response.getContentAsString();
    }
}
