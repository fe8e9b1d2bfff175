package org.parallax.newsroom.internal.tips;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.parallax.SignedIn;
import org.parallax.WebFixtures;
import org.parallax.WebTest;
import org.parallax.newsroom.AuditLog;
import org.parallax.newsroom.ReaderTip;
import org.parallax.newsroom.ReaderTips;
import org.parallax.readers.Readers;
import org.parallax.readers.Role;
import org.springframework.beans.factory.annotation.Autowired;

/** The tip form under our articles and the editors' list of tips, through the whole application. */
class TipWebTest extends WebTest {

    @Autowired
    Readers readers;

    @Autowired
    ReaderTips tips;

    @Autowired
    AuditLog audit;

    @Test
    void anonymousVisitorsAreAskedToSignInInsteadOfGettingTheForm() throws Exception {
        String page = mvc.perform(get("/articles/" + WebFixtures.FREE_ID)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("to send the newsroom a tip").doesNotContain("name=\"tip\"");
        assertThat(mvc.perform(post("/articles/" + WebFixtures.FREE_ID + "/tips").with(csrf()).param("tip", "Hello"))
                .andExpect(status().isUnauthorized()).andReturn().getResponse().getContentAsString()).contains("Sign in to send a tip");
        assertThat(tips.newest(500)).noneMatch(tip -> tip.text().equals("Hello"));
    }

    @Test
    void aReadersTipReachesTheEditorsWhoMarkItUsed() throws Exception {
        String email = unique("tipster");
        Cookie reader = SignedIn.as(mvc, readers, email, Role.READER);
        assertThat(mvc.perform(get("/articles/" + WebFixtures.FREE_ID).cookie(reader)).andReturn().getResponse()
                .getContentAsString()).contains("name=\"tip\"");
        String text = "The sluice calendar changed again on " + UUID.randomUUID();

        assertThat(mvc.perform(post("/articles/" + WebFixtures.FREE_ID + "/tips").with(csrf()).cookie(reader).param("tip", text))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).contains("your tip is with the newsroom");

        ReaderTip tip = tips.newest(500).stream().filter(kept -> kept.text().equals(text)).findFirst().orElseThrow();
        Cookie editor = SignedIn.as(mvc, readers, unique("tip-editor"), Role.EDITOR);
        String desk = mvc.perform(get("/newsroom/tips").cookie(editor)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(desk).contains(text, email, "What the Orsava summit means for the lake towns", "Mark as used");

        mvc.perform(post("/newsroom/tips/" + tip.id() + "/used").with(csrf()).cookie(editor))
                .andExpect(status().is3xxRedirection());
        assertThat(tips.tip(tip.id()).orElseThrow().used()).isTrue();
        assertThat(audit.latest(50)).anyMatch(entry -> entry.action().equals("use tip") && entry.detail().equals("tip " + tip.id()));
        mvc.perform(post("/newsroom/tips/" + (tip.id() + 100_000) + "/used").with(csrf()).cookie(editor))
                .andExpect(status().isNotFound());
    }

    @Test
    void readersCannotOpenTheTipsDeskAndAdminsCan() throws Exception {
        Cookie reader = SignedIn.as(mvc, readers, unique("curious"), Role.READER);
        mvc.perform(get("/newsroom/tips").cookie(reader)).andExpect(status().isForbidden());
        mvc.perform(post("/newsroom/tips/1/used").with(csrf()).cookie(reader)).andExpect(status().isForbidden());
        Cookie admin = SignedIn.as(mvc, readers, unique("tip-admin"), Role.ADMIN);
        mvc.perform(get("/newsroom/tips").cookie(admin)).andExpect(status().isOk());
    }

    @Test
    void anOverlongTipIsRefusedAndComesBackInTheForm() throws Exception {
        Cookie reader = SignedIn.as(mvc, readers, unique("long-winded"), Role.READER);
        String text = "Lake levels " + "a".repeat(ReaderTips.MOST_CHARACTERS);

        String page = mvc.perform(post("/articles/" + WebFixtures.FREE_ID + "/tips").with(csrf()).cookie(reader).param("tip", text))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("at most " + ReaderTips.MOST_CHARACTERS + " characters", text);
        assertThat(tips.newest(500)).noneMatch(tip -> tip.text().startsWith("Lake levels"));
    }

    @Test
    void tipsGoOnlyToOurOwnArticles() throws Exception {
        Cookie reader = SignedIn.as(mvc, readers, unique("wanderer"), Role.READER);
        mvc.perform(post("/articles/" + WebFixtures.EXTERNAL_ID + "/tips").with(csrf()).cookie(reader).param("tip", "Their map is old"))
                .andExpect(status().isNotFound());
        assertThat(mvc.perform(get("/articles/" + WebFixtures.EXTERNAL_ID).cookie(reader)).andReturn().getResponse()
                .getContentAsString()).doesNotContain("name=\"tip\"");
    }

    private static String unique(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@harbour.example";
    }
}
