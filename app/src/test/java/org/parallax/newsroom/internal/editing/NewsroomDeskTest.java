package org.parallax.newsroom.internal.editing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parallax.SignedIn;
import org.parallax.NewArticles;
import org.parallax.WebTest;
import org.parallax.library.AccessLevel;
import org.parallax.library.Article;
import org.parallax.library.ArticleKind;
import org.parallax.library.Block;
import org.parallax.library.Revision;
import org.parallax.newsroom.ArticleDetails;
import org.parallax.newsroom.AuditLog;
import org.parallax.newsroom.NewsroomArticles;
import org.parallax.readers.Readers;
import org.parallax.search.SearchIndexing;
import org.parallax.stories.Stories;
import org.parallax.readers.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The newsroom's desk over the whole application: write, preview, save, schedule, publish, unpublish, and every refusal. */
class NewsroomDeskTest extends WebTest {

    private static final AtomicInteger UNIQUE = new AtomicInteger();

    @Autowired
    Readers readers;

    @Autowired
    Desk desk;

    @Autowired
    AuditLog audit;

    @Autowired
    NewsroomArticles newsroomArticles;

    @Autowired
    SearchIndexing search;

    @Autowired
    Stories stories;

    @Autowired
    JdbcClient jdbc;

    Cookie editor;
    String editorEmail;
    String headline;

    private NewArticles newArticles;

    @BeforeEach
    void signIn() throws Exception {
        newArticles = NewArticles.from(library);
        int n = UNIQUE.incrementAndGet();
        editorEmail = "desk-editor-" + n + "-" + System.nanoTime() + "@parallax.example";
        editor = SignedIn.as(mvc, readers, editorEmail, Role.EDITOR);
        headline = "Ferry crews return to the Varnholm strait " + n + " " + System.nanoTime();
    }

    @AfterEach
    void withdrawWhatWasPublished() {
        newArticles.withdraw();
    }

    @Test
    void anEditorPreviewsSavesAndPublishesAndReadersSeeItInTheLibrary() throws Exception {
        String preview = body(send(form("/newsroom/articles").param("action", "preview")));
        assertThat(preview).contains("<blockquote cite=\"https://meridian-wire.example/strait\">")
                .contains(">Meridian Wire</a>").contains("The crews sail at dawn.");

        MockHttpServletResponse saved = send(form("/newsroom/articles").param("action", "save"));
        assertThat(saved.getStatus()).isEqualTo(302);
        String id = idFrom(saved);
        assertThat(library.article(id)).isEmpty();
        assertThat(body(as(get("/newsroom/articles?state=draft")))).contains(headline);

        MockHttpServletResponse published = send(form("/newsroom/articles/" + id).param("action", "publish").param("version", "1"));

        assertThat(published.getStatus()).isEqualTo(302);
        Article article = library.article(id).orElseThrow();
        assertThat(article.own()).isTrue();
        assertThat(article.title()).isEqualTo(headline);
        assertThat(article.byline()).isEqualTo("Ana Ruiz and Ben Ode");
        assertThat(article.kind()).isEqualTo(ArticleKind.BRIEFING);
        assertThat(article.access()).isEqualTo(AccessLevel.FREE);
        assertThat(article.body()).contains(new Block.BlockQuote("The crews sail at dawn.",
                new Block.Citation("Meridian Wire", "https://meridian-wire.example/strait")));
        assertThat(library.revisions(id)).singleElement().extracting(Revision::author).isEqualTo(editorEmail);
        assertThat(body(mvc.perform(get("/articles/" + id)).andReturn().getResponse())).contains(headline);
        assertThat(body(as(get("/newsroom/articles?state=published")))).contains(headline);
        assertThat(audit.latest(20)).filteredOn(entry -> entry.subject().equals(id))
                .extracting(entry -> entry.action()).containsExactly("publish", "create");
        ArticleDetails details = newsroomArticles.details(id).orElseThrow();
        assertThat(details.authors()).containsExactly("Ana Ruiz", "Ben Ode");
        assertThat(details.sections()).containsExactly("Europe");
        assertThat(details.tags()).containsExactly("ferries", "Varnholm");
        assertThat(details.coverage()).containsExactly(
                new ArticleDetails.CoverageLink("Meridian Wire", "https://meridian-wire.example/strait"));
    }

    @Test
    void aPublishedArticleEditedAgainBecomesARevisionWithTheEditorsNoteAndMinorFlag() throws Exception {
        String id = published();

        send(form("/newsroom/articles/" + id).param("title", headline + " at last").param("action", "publish").param("version", "2")
                .param("note", "The first crossing happened").param("minor", "false"));
        send(form("/newsroom/articles/" + id).param("title", headline + " at last").param("dek", "A fixed dek").param("action", "publish")
                .param("version", "3").param("minor", "true"));

        assertThat(library.revisions(id)).extracting(Revision::title).containsExactly(headline, headline + " at last", headline + " at last");
        assertThat(library.revisions(id)).extracting(Revision::note).containsExactly(null, "The first crossing happened", null);
        assertThat(library.revisions(id)).extracting(Revision::minor).containsExactly(false, false, true);
        assertThat(audit.latest(10)).filteredOn(entry -> entry.subject().equals(id)).first()
                .satisfies(entry -> assertThat(entry.action()).isEqualTo("edit"));
    }

    @Test
    void theSecondOfTwoEditorsSavingGetsAConflictShowingBothVersionsAndLosesNothing() throws Exception {
        String id = saved();
        send(form("/newsroom/articles/" + id).param("markdown", "The first editor's text.").param("version", "1"));

        MockHttpServletResponse second = send(form("/newsroom/articles/" + id).param("markdown", "The second editor's text.").param("version", "1"));

        assertThat(second.getStatus()).isEqualTo(409);
        assertThat(body(second)).contains("Someone else saved this article").contains("The first editor's text.")
                .contains("The second editor's text.").contains("name=\"version\" value=\"2\"");
        assertThat(desk.article(id).orElseThrow().copy().markdown()).isEqualTo("The first editor's text.");
    }

    @Test
    void scriptTagsJavascriptLinksAndGiantImagesAreRefusedWithTheTextKept() throws Exception {
        String id = saved();
        Map<String, String[]> cases = new LinkedHashMap<>();
        cases.put("HTML is not allowed in the text (found &lt;script&gt;)", new String[] {"markdown", "Hello <script>alert(1)</script>"});
        cases.put("links must start with https:// or http://", new String[] {"markdown", "See [this](javascript:alert(1))."});
        cases.put("The lead image is 12,000 × 9,000 pixels; at most 4,000 on a side.", new String[] {"leadImageUrl",
            "https://img.example/strait.jpg", "leadImageAlt", "Ferries at the quay", "leadImageWidth", "12000", "leadImageHeight", "9000"});
        cases.put("The lead image must be an https:// address", new String[] {"leadImageUrl", "data:image/png;base64,AAAA",
            "leadImageAlt", "Ferries", "leadImageWidth", "10", "leadImageHeight", "10"});
        for (Map.Entry<String, String[]> refusal : cases.entrySet()) {
            MockHttpServletRequestBuilder request = form("/newsroom/articles/" + id).param("version", "1");
            String[] fields = refusal.getValue();
            for (int i = 0; i < fields.length; i += 2) {
                request.param(fields[i], fields[i + 1]);
            }

            MockHttpServletResponse response = send(request);

            assertThat(response.getStatus()).as(refusal.getKey()).isEqualTo(422);
            assertThat(body(response)).as(refusal.getKey()).contains(refusal.getKey()).contains("Nothing was saved")
                    .doesNotContain("<script>alert(1)</script>");
        }
        assertThat(desk.article(id).orElseThrow().version()).isEqualTo(1);
    }

    @Test
    void tooMuchTextIsRefusedWithItsLengthAndAMegabyteFormBeforeItIsRead() throws Exception {
        String id = saved();

        MockHttpServletResponse long_ = send(form("/newsroom/articles/" + id).param("markdown", "word ".repeat(50_000)).param("version", "1"));
        assertThat(long_.getStatus()).isEqualTo(422);
        assertThat(body(long_)).contains("The text is 250,000 characters long; an article may have at most 200,000.");

        String megabyte = "markdown=" + "a".repeat(1_100_000);
        MockHttpServletResponse huge = mvc.perform(post("/newsroom/articles/" + id).with(csrf()).cookie(editor)
                .contentType("application/x-www-form-urlencoded").content(megabyte)).andReturn().getResponse();
        assertThat(huge.getStatus()).isEqualTo(413);
        assertThat(body(huge)).contains("nothing").contains("was saved");
    }

    @Test
    void schedulingInThePastIsRefusedAndADueArticleIsPublishedOnce() throws Exception {
        String id = saved();

        MockHttpServletResponse past = send(form("/newsroom/articles/" + id).param("action", "schedule").param("publishAt", "2020-01-01T08:00")
                .param("version", "1"));
        assertThat(past.getStatus()).isEqualTo(422);
        assertThat(body(past)).contains("The time 1 January 2020, 08:00 UTC is in the past");

        MockHttpServletResponse future = send(form("/newsroom/articles/" + id).param("action", "schedule").param("publishAt", "2099-01-01T08:00")
                .param("version", "1"));
        assertThat(future.getStatus()).isEqualTo(302);
        assertThat(desk.article(id).orElseThrow().state()).isEqualTo(DeskState.SCHEDULED);
        assertThat(desk.publishDue()).isZero();

        jdbc.sql("update newsroom_article set publish_at = ? where article_id = ?").params(1_000L, id).update();
        int first = desk.publishDue();
        int second = desk.publishDue();

        assertThat(first + second).isGreaterThanOrEqualTo(1);
        assertThat(desk.article(id).orElseThrow().state()).isEqualTo(DeskState.PUBLISHED);
        assertThat(library.article(id)).isPresent();
        assertThat(library.revisions(id)).hasSize(1);
        assertThat(audit.latest(50)).filteredOn(entry -> entry.subject().equals(id) && entry.action().equals("publish"))
                .singleElement().satisfies(entry -> assertThat(entry.actor()).isEqualTo("scheduler"));
    }

    @Test
    void anUnpublishedArticleLeavesTheArticlePageFeedsSitemapSearchAndStories() throws Exception {
        String word = "ferrywright" + Long.toString(System.nanoTime(), 26).replaceAll("[0-9]", "q");
        String id = idFrom(send(form("/newsroom/articles").param("action", "save").param("markdown", "The " + word + " crews sailed.")));
        send(form("/newsroom/articles/" + id).param("action", "publish").param("version", "1").param("markdown", "The " + word + " crews sailed."));
        assertThat(body(mvc.perform(get("/feed.xml")).andReturn().getResponse())).contains(id);
        assertThat(search.awaitCaughtUp(Duration.ofSeconds(30))).isTrue();
        assertThat(body(mvc.perform(get("/search?q=" + word)).andReturn().getResponse())).contains(id);
        assertThat(stories.awaitCaughtUp(Duration.ofSeconds(30))).isTrue();
        long storyId = stories.storyOf(id).orElseThrow().storyId();
        assertThat(stories.story(storyId)).isPresent();

        MockHttpServletResponse unpublished = send(form("/newsroom/articles/" + id).param("action", "unpublish").param("version", "2"));

        assertThat(unpublished.getStatus()).isEqualTo(302);
        assertThat(library.article(id)).isEmpty();
        assertThat(mvc.perform(get("/articles/" + id)).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(body(mvc.perform(get("/feed.xml")).andReturn().getResponse())).doesNotContain(id);
        assertThat(body(mvc.perform(get("/atom.xml")).andReturn().getResponse())).doesNotContain(id);
        assertThat(body(mvc.perform(get("/sitemap.xml")).andReturn().getResponse())).doesNotContain(id);
        assertThat(search.awaitCaughtUp(Duration.ofSeconds(30))).isTrue();
        assertThat(body(mvc.perform(get("/search?q=" + word)).andReturn().getResponse())).doesNotContain(id);
        assertThat(stories.awaitCaughtUp(Duration.ofSeconds(30))).isTrue();
        assertThat(stories.storyOf(id)).isEmpty();
        assertThat(stories.story(storyId)).as("a story whose only article was withdrawn is not shown").isEmpty();
        assertThat(desk.article(id).orElseThrow().copy().markdown()).contains(word);
        assertThat(body(as(get("/newsroom/articles?state=unpublished")))).contains(headline);
    }

    @Test
    void anEditorWhoseSessionEndedGetsTheTextBackInsteadOfASignInRedirect() throws Exception {
        String id = saved();

        MockHttpServletResponse expired = mvc.perform(form("/newsroom/articles/" + id)
                .param("markdown", "Text typed while the session ran out.").param("version", "1")
                .with(csrf()).cookie(new Cookie(SignedIn.SESSION_COOKIE, "expired-session"))).andReturn().getResponse();
        // MockMvc records a forward without following it: follow it as the servlet container would.
        assertThat(expired.getForwardedUrl()).isEqualTo(KeptTextController.PATH);
        MockHttpServletResponse kept = mvc.perform(form(KeptTextController.PATH)
                .param("markdown", "Text typed while the session ran out.").param("version", "1")
                .requestAttr(RequestDispatcher.FORWARD_REQUEST_URI, "/newsroom/articles/" + id).with(csrf()))
                .andReturn().getResponse();

        assertThat(kept.getStatus()).isEqualTo(401);
        assertThat(body(kept)).contains("Your session ended before this was saved")
                .contains("Text typed while the session ran out.").contains("action=\"/newsroom/articles/" + id + "\"");
        assertThat(mvc.perform(form(KeptTextController.PATH).with(csrf())).andReturn().getResponse().getStatus())
                .as("posted to directly").isEqualTo(404);
        assertThat(desk.article(id).orElseThrow().copy().markdown()).doesNotContain("session ran out");
    }

    @Test
    void readersCannotOpenTheNewsroomAndEditorsCannotReadTheAuditLogButAdminsDoBoth() throws Exception {
        Cookie reader = SignedIn.as(mvc, readers, "desk-reader-" + System.nanoTime() + "@parallax.example", Role.READER);
        Cookie admin = SignedIn.as(mvc, readers, "desk-admin-" + System.nanoTime() + "@parallax.example", Role.ADMIN);
        saved();

        assertThat(mvc.perform(get("/newsroom/articles").cookie(reader)).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/admin/audit").cookie(editor)).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/newsroom/articles/new").cookie(admin)).andReturn().getResponse().getStatus()).isEqualTo(200);
        MockHttpServletResponse log = mvc.perform(get("/admin/audit").cookie(admin)).andReturn().getResponse();
        assertThat(log.getStatus()).isEqualTo(200);
        assertThat(body(log)).contains(editorEmail).contains("create");
    }

    private String saved() throws Exception {
        return idFrom(send(form("/newsroom/articles").param("action", "save")));
    }

    private String published() throws Exception {
        String id = saved();
        send(form("/newsroom/articles/" + id).param("action", "publish").param("version", "1"));
        assertThat(library.article(id)).isPresent();
        return id;
    }

    private MockHttpServletRequestBuilder form(String path) {
        return post(path).with(this::withDefaults);
    }

    /** Fills in the fields a test did not set, as the editor page would send them. */
    private MockHttpServletRequest withDefaults(MockHttpServletRequest request) {
        Map<String, String> defaults = new LinkedHashMap<>();
        defaults.put("title", headline);
        defaults.put("dek", "The crossings resume after a winter of talks");
        defaults.put("kind", "briefing");
        defaults.put("access", "free");
        defaults.put("authors", "Ana Ruiz, Ben Ode");
        defaults.put("sections", "Europe");
        defaults.put("tags", "ferries, Varnholm");
        defaults.put("markdown", "The first ferries left Osterby.\n\n> The crews sail at dawn.\n>\n> — Meridian Wire, https://meridian-wire.example/strait");
        defaults.put("coverage", "Meridian Wire, https://meridian-wire.example/strait");
        defaults.put("version", "0");
        defaults.forEach((name, value) -> {
            if (request.getParameter(name) == null) {
                request.addParameter(name, value);
            }
        });
        return request;
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(csrf()).cookie(editor)).andReturn().getResponse();
    }

    private MockHttpServletResponse as(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.cookie(editor)).andReturn().getResponse();
    }

    private static String idFrom(MockHttpServletResponse saved) {
        String location = saved.getRedirectedUrl();
        assertThat(location).as("redirect after saving").startsWith("/newsroom/articles/");
        return location.substring("/newsroom/articles/".length(), location.indexOf("/edit"));
    }

    private static String body(MockHttpServletResponse response) throws Exception {
        return response.getContentAsString(StandardCharsets.UTF_8);
    }
}
