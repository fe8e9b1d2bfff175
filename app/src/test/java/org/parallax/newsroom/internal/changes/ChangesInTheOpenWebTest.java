package org.parallax.newsroom.internal.changes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parallax.SignedIn;
import org.parallax.NewArticles;
import org.parallax.newsroom.ReaderTip;
import org.parallax.newsroom.ReaderTips;
import org.parallax.WebTest;
import org.parallax.library.AccessLevel;
import org.parallax.library.ArticleDraft;
import org.parallax.library.ArticleKind;
import org.parallax.library.Block;
import org.parallax.library.Edit;
import org.parallax.readers.Readers;
import org.parallax.readers.Role;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The newsroom's changes as editors make them and readers see them: updates, headline changes,
 * the history page and corrections, over the whole application.
 */
class ChangesInTheOpenWebTest extends WebTest {

    /** Before the shared fixtures, so these articles do not push them off the front page other tests read. */
    static final Instant PUBLISHED = Instant.parse("2025-04-20T05:00:00Z");

    @Autowired
    Readers readers;

    @Autowired
    ReaderTips tips;

    @Autowired
    org.parallax.search.SearchIndexing indexing;

    private String id;
    private Cookie editor;

    private NewArticles newArticles;

    @BeforeEach
    void publishAnArticle() throws Exception {
        newArticles = NewArticles.from(library);
        id = "lock-keepers-" + UUID.randomUUID().toString().substring(0, 8);
        library.store(draft("The lock keepers walk out", List.of(
                new Block.Paragraph("The lock keepers on the Orsava canal walked out at dawn."),
                new Block.Paragraph("Barges queued for three kilometres by noon."))));
        editor = SignedIn.as(mvc, readers, "changes-editor@parallax.example", Role.EDITOR);
    }

    @AfterEach
    void withdrawWhatWasPublished() {
        newArticles.withdraw();
    }

    @Test
    void anEditorsUpdateAppearsOnTheArticleAtOnceWithItsTimeAndTheArticleCountsAsUpdated() throws Exception {
        mvc.perform(post("/newsroom/articles/" + id + "/updates").with(csrf()).cookie(editor)
                        .param("text", "The keepers returned at 14:00 after a pay offer.").param("placement", "END")
                        .param("credit", "Ana from Brisk"))
                .andExpect(redirectedUrl("/newsroom/articles/" + id + "/updates?appended"));

        var page = mvc.perform(get("/articles/" + id)).andExpect(status().isOk()).andReturn().getResponse();
        String html = page.getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("<div class=\"update\">").contains("The keepers returned at 14:00 after a pay offer.")
                .contains("Thanks to Ana from Brisk for the tip.").containsPattern("Update, <time datetime=\"[^\"]+\"[^>]*>\\d\\d:\\d\\d</time>");
        assertThat(html.indexOf("Barges queued")).as("at the end").isLessThan(html.indexOf("The keepers returned"));
        assertThat(page.getHeader("Cache-Control")).as("no cache hides the update from subscribers").contains("no-store");
        assertThat(library.article(id).orElseThrow().updated()).isAfter(PUBLISHED);
        assertThat(mvc.perform(get("/api/articles/" + id)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .containsPattern("\\{\"type\":\"update\",\"text\":\"The keepers returned at 14:00 after a pay offer.\",\"at\":\"20");
    }

    @Test
    void anUpdateCreditingAReadersTipMarksTheTipUsed() throws Exception {
        long reader = readers.register("tipster-" + id + "@readers.example").id();
        ReaderTip tip = tips.send(id, reader, "The keepers' union posted the pay offer on its notice board.");

        mvc.perform(post("/newsroom/articles/" + id + "/updates").with(csrf()).cookie(editor)
                        .param("text", "The union published the offer.").param("placement", "END")
                        .param("credit", "a reader").param("tipId", String.valueOf(tip.id())))
                .andExpect(redirectedUrl("/newsroom/articles/" + id + "/updates?appended"));

        assertThat(tips.tip(tip.id()).orElseThrow().used()).isTrue();
        assertThat(UpdateDesk.updatesOf(library.article(id).orElseThrow()))
                .extracting(Block.Update::tipId).containsExactly(String.valueOf(tip.id()));
    }

    @Test
    void anUpdateCreditingATipThatIsNotOnThisArticleIsRefusedAndNothingIsStored() throws Exception {
        int revision = library.article(id).orElseThrow().revision();

        var page = mvc.perform(post("/newsroom/articles/" + id + "/updates").with(csrf()).cookie(editor)
                        .param("text", "The union published the offer.").param("placement", "END").param("tipId", "987654"))
                .andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(page).contains("No tip 987654 was sent about this article", "The union published the offer.");
        assertThat(library.article(id).orElseThrow().revision()).isEqualTo(revision);
    }

    @Test
    void anArticleEditedOnTheDeskAfterAnUpdateKeepsTheUpdate() throws Exception {
        var saved = mvc.perform(deskForm("/newsroom/articles", "The canal reopens").param("action", "save").param("version", "0"))
                .andReturn().getResponse();
        assertThat(saved.getRedirectedUrl()).as(saved.getContentAsString(StandardCharsets.UTF_8)).isNotNull();
        String deskId = saved.getRedirectedUrl().replaceAll("^/newsroom/articles/([^/]+)/edit.*$", "$1");
        mvc.perform(deskForm("/newsroom/articles/" + deskId, "The canal reopens").param("action", "publish").param("version", "1"));
        mvc.perform(post("/newsroom/articles/" + deskId + "/updates").with(csrf()).cookie(editor)
                .param("text", "The first barge passed at 09:12.").param("placement", "TOP"));

        mvc.perform(deskForm("/newsroom/articles/" + deskId, "The canal reopens to barges").param("action", "publish")
                .param("version", "2").param("note", "Names what reopened"));

        var article = library.article(deskId).orElseThrow();
        assertThat(article.title()).isEqualTo("The canal reopens to barges");
        assertThat(article.body().getFirst()).isInstanceOfSatisfying(Block.Update.class,
                update -> assertThat(update.text()).isEqualTo("The first barge passed at 09:12."));
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder deskForm(String path, String title) {
        return post(path).with(csrf()).cookie(editor).param("title", title).param("dek", "Barges move again")
                .param("kind", "briefing").param("access", "free").param("authors", "Maren Idowu").param("sections", "Europe")
                .param("tags", "canals").param("markdown", "The Orsava canal reopened at dawn.\n\nLock keepers are back.")
                .param("coverage", "").param("minor", "false");
    }

    @Test
    void searchFindsTheArticleByTheWordsOfItsUpdate() throws Exception {
        mvc.perform(post("/newsroom/articles/" + id + "/updates").with(csrf()).cookie(editor)
                .param("text", "The harbour pilot Wendelmoor says the barges will move tonight.").param("placement", "END"));

        assertThat(indexing.awaitCaughtUp(java.time.Duration.ofSeconds(20))).isTrue();
        assertThat(mvc.perform(get("/search?q=Wendelmoor")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("/articles/" + id);
    }

    @Test
    void anUpdateAtTheTopLeadsTheArticleAndTheDeskListsIt() throws Exception {
        mvc.perform(post("/newsroom/articles/" + id + "/updates").with(csrf()).cookie(editor)
                .param("text", "Talks broke down again at 16:10.").param("placement", "TOP"));

        String html = mvc.perform(get("/articles/" + id)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html.indexOf("Talks broke down again")).isLessThan(html.indexOf("walked out at dawn"));
        assertThat(mvc.perform(get("/newsroom/articles/" + id + "/updates").cookie(editor)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("Talks broke down again at 16:10.");
    }

    @Test
    void aRefusedUpdateSaysWhyAndGivesTheTextBack() throws Exception {
        String tooLong = "The barges ".repeat(1_000);

        String html = mvc.perform(post("/newsroom/articles/" + id + "/updates").with(csrf()).cookie(editor)
                        .param("text", tooLong).param("placement", "END"))
                .andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(html).contains("at most 10000").contains(tooLong.strip());
        assertThat(library.article(id).orElseThrow().revision()).isEqualTo(1);
    }

    @Test
    void readersAndOutsidersCannotUseTheDeskButAdminsCan() throws Exception {
        Cookie reader = SignedIn.as(mvc, readers, "changes-reader@parallax.example", Role.READER);
        Cookie admin = SignedIn.as(mvc, readers, "changes-admin@parallax.example", Role.ADMIN);

        mvc.perform(post("/newsroom/articles/" + id + "/updates").with(csrf()).cookie(reader).param("text", "Mine."))
                .andExpect(status().isForbidden());
        mvc.perform(get("/newsroom/articles/" + id + "/updates")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/newsroom/articles/" + id + "/updates").cookie(admin)).andExpect(status().isOk());
        assertThat(mvc.perform(get("/articles/" + id).cookie(editor)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("href=\"/newsroom/articles/" + id + "/updates\"");
        assertThat(mvc.perform(get("/articles/" + id).cookie(reader)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .doesNotContain("/newsroom/articles/" + id + "/updates");
        mvc.perform(get("/newsroom/articles/nobody-wrote-this/updates").cookie(editor)).andExpect(status().isNotFound());
        assertThat(library.article(id).orElseThrow().revision()).isEqualTo(1);
    }

    @Test
    void aHeadlineChangeShowsReadersANoticeWithTheNoteAndAMinorOneDoesNot() throws Exception {
        library.store(draft("The lock keepers walk out over pay", body()), new Edit("e@parallax.example",
                "The dispute is about pay, the union now says.", false));
        library.store(draft("The lock keepers walk out over pay.", body()), new Edit("e@parallax.example", "Full stop.", true));

        String html = mvc.perform(get("/articles/" + id)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(html).contains("Headline changed from “The lock keepers walk out” to “The lock keepers walk out over pay”")
                .contains("with the editor's note: The dispute is about pay, the union now says.")
                .doesNotContain("Full stop.")
                .contains("href=\"/articles/" + id + "/history\"");
    }

    @Test
    void theHistoryPageShowsWordLevelDiffsOfEveryVersionNewestFirst() throws Exception {
        library.store(draft("The lock keepers walk out over pay", List.of(
                new Block.Paragraph("The lock keepers on the Orsava canal walked out before dawn."),
                new Block.Paragraph("Barges queued for three kilometres by noon."))), new Edit("e@parallax.example", "Timing.", false));
        library.store(draft("The lock keepers walk out over pay.", List.of(
                new Block.Paragraph("The lock keepers on the Orsava canal walked out before dawn."),
                new Block.Paragraph("Barges queued for five kilometres by noon."))), new Edit("e@parallax.example", null, true));
        Cookie subscriberLike = SignedIn.as(mvc, readers, "changes-history-editor@parallax.example", Role.EDITOR);

        String html = mvc.perform(get("/articles/" + id + "/history").cookie(subscriberLike)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(html).contains("Version 3").contains("Version 2").contains("Version 1").contains("First published.")
                .contains("<del>at</del><ins>before</ins> dawn.")
                .contains("<del>three</del><ins>five</ins> kilometres")
                .contains("walk out<ins> over pay</ins>")
                .contains("over <del>pay</del><ins>pay.</ins>")
                .contains("<span class=\"minor\">minor change</span>")
                .contains("Editor's note: Timing.");
        assertThat(html.indexOf("Version 3")).isLessThan(html.indexOf("Version 2"));
        mvc.perform(get("/articles/" + org.parallax.WebFixtures.EXTERNAL_ID + "/history")).andExpect(status().isNotFound());
    }

    @Test
    void correctionsShowOnTheArticleTheCorrectionsPageAndItsFeed() throws Exception {
        mvc.perform(post("/newsroom/articles/" + id + "/corrections").with(csrf()).cookie(editor)
                        .param("kind", "correction").param("text", "An earlier version gave the wrong canal."))
                .andExpect(redirectedUrl("/newsroom/articles/" + id + "/updates?corrected"));
        mvc.perform(post("/newsroom/articles/" + id + "/corrections").with(csrf()).cookie(editor)
                .param("kind", "clarification").param("text", "The walkout covers the night shifts too."));

        String article = mvc.perform(get("/articles/" + id)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String page = mvc.perform(get("/corrections")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        var feed = mvc.perform(get("/corrections/feed")).andExpect(header().string("Content-Type",
                org.hamcrest.Matchers.startsWith("application/atom+xml"))).andReturn().getResponse();

        assertThat(article).contains("<strong>Correction</strong>").contains("An earlier version gave the wrong canal.")
                .contains("<strong>Clarification</strong>");
        assertThat(page.indexOf("The walkout covers")).as("newest first").isLessThan(page.indexOf("wrong canal"))
                .isPositive();
        assertThat(page).contains("href=\"/articles/" + id + "\"");
        assertThat(feed.getContentAsString(StandardCharsets.UTF_8)).contains("<title>Clarification: The lock keepers walk out</title>")
                .contains("/articles/" + id + "#correction-");
    }

    @Test
    void aCorrectionWithoutTextIsRefusedWithAMessage() throws Exception {
        String html = mvc.perform(post("/newsroom/articles/" + id + "/corrections").with(csrf()).cookie(editor)
                        .param("kind", "correction").param("text", "  "))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(html).contains("Write the text of the correction.");
    }

    private static List<Block> body() {
        return List.of(new Block.Paragraph("The lock keepers on the Orsava canal walked out at dawn."),
                new Block.Paragraph("Barges queued for three kilometres by noon."));
    }

    private ArticleDraft draft(String title, List<Block> body) {
        return new ArticleDraft(id, "https://parallax.example/news/" + id, "Parallax", title, "A canal at a standstill",
                "Maren Idowu", ArticleKind.NEWS, AccessLevel.FREE, "en", PUBLISHED, null, body);
    }
}
