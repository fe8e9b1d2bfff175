package org.parallax.ingest.internal.follow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.parallax.WebFixtures;
import org.parallax.WebTest;
import org.parallax.ingest.FeedStatus;
import org.parallax.ingest.Feeds;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

class FeedAdminPageTest extends WebTest {

    private static final String FEED = "https://lakeshore-courier.example/feeds/world.xml";

    @Autowired
    Feeds feeds;

    @Test
    void asksForTheAdminPasswordAndRefusesAWrongOne() throws Exception {
        mvc.perform(get("/admin/feeds")).andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Basic")));
        mvc.perform(get("/admin/feeds").header("Authorization", basic("admin", "guess"))).andExpect(status().isUnauthorized());
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
    void aChangeFromAnotherSiteIsRefusedEvenWithTheBrowsersCredentials() throws Exception {
        int before = feeds.all().size();

        mvc.perform(post("/admin/feeds/follow").header("Authorization", basic("admin", WebFixtures.ADMIN_PASSWORD))
                        .header("Sec-Fetch-Site", "cross-site").param("outlet", "Forger").param("url", FEED))
                .andExpect(status().isForbidden());

        assertThat(feeds.all()).hasSize(before);
    }

    private static MockHttpServletRequestBuilder admin(MockHttpServletRequestBuilder request) {
        return request.header("Authorization", basic("admin", WebFixtures.ADMIN_PASSWORD)).header("Sec-Fetch-Site", "same-origin");
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
