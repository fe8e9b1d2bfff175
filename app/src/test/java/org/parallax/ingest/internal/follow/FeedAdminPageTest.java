package org.parallax.ingest.internal.follow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.parallax.SignedIn;
import org.parallax.WebTest;
import org.parallax.ingest.FeedStatus;
import org.parallax.ingest.Feeds;
import org.parallax.readers.Readers;
import org.parallax.readers.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

class FeedAdminPageTest extends WebTest {

    private static final String FEED = "https://lakeshore-courier.example/feeds/world.xml";

    @Autowired
    Feeds feeds;

    @Autowired
    Readers readers;

    @Test
    void sendsVisitorsToSignInAndRefusesReadersWhoAreNotAdmins() throws Exception {
        mvc.perform(get("/admin/feeds")).andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/sign-in?continue=%2Fadmin%2Ffeeds")));
        Cookie editor = SignedIn.as(mvc, readers, "desk-editor@parallax.example", Role.EDITOR);
        mvc.perform(get("/admin/feeds").cookie(editor)).andExpect(status().isForbidden());
    }

    @Test
    void anAdminFollowsAFeedAndSeesItsStateThenPausesAndUnfollowsIt() throws Exception {
        mvc.perform(admin(post("/admin/feeds/follow")).param("outlet", "Lakeshore Courier").param("url", FEED)
                        .param("minutes", "45"))
                .andExpect(status().is3xxRedirection());
        FeedStatus feed = feeds.all().stream().filter(f -> f.url().equals(FEED)).findFirst().orElseThrow();

        String page = mvc.perform(admin(get("/admin/feeds"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Outlets and feeds", FEED, "Lakeshore Courier", "Active", "never");

        mvc.perform(admin(post("/admin/feeds/" + feed.id() + "/pause"))).andExpect(status().is3xxRedirection());
        assertThat(feeds.feed(feed.id()).orElseThrow().paused()).isTrue();
        mvc.perform(admin(post("/admin/feeds/" + feed.id() + "/unfollow"))).andExpect(status().is3xxRedirection());
        assertThat(feeds.feed(feed.id())).isEmpty();
    }

    @Test
    void aBadFeedUrlIsExplainedOnThePageAndNothingIsFollowed() throws Exception {
        int before = feeds.all().size();

        String location = mvc.perform(admin(post("/admin/feeds/follow")).param("outlet", "Lakeshore Courier")
                        .param("url", "/relative/feed.xml"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();

        assertThat(location).contains("error=");
        assertThat(feeds.all()).hasSize(before);
    }

    @Test
    void aChangeWithoutTheFormsTokenIsRefusedEvenWithTheAdminsSession() throws Exception {
        int before = feeds.all().size();

        mvc.perform(post("/admin/feeds/follow").cookie(adminSession()).param("outlet", "Forger").param("url", FEED))
                .andExpect(status().isForbidden());

        assertThat(feeds.all()).hasSize(before);
    }

    private MockHttpServletRequestBuilder admin(MockHttpServletRequestBuilder request) throws Exception {
        return request.cookie(adminSession()).with(csrf());
    }

    private Cookie adminSession() throws Exception {
        return SignedIn.as(mvc, readers, "feeds-admin@parallax.example", Role.ADMIN);
    }
}
