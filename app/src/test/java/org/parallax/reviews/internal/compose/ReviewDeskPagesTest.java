package org.parallax.reviews.internal.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parallax.SignedIn;
import org.parallax.WebTest;
import org.parallax.readers.Readers;
import org.parallax.readers.Role;
import org.parallax.reviews.Review;
import org.parallax.reviews.internal.EditorsHand;
import org.parallax.reviews.internal.EditorsHand.Choice;
import org.parallax.reviews.internal.EditorsHand.NoteKind;
import org.parallax.reviews.internal.EditorsHand.Pick;
import org.parallax.stories.Stories;
import org.parallax.stories.StoryFixtures;
import org.springframework.beans.factory.annotation.Autowired;

/** The editors' preview pages: who may open them, what they show, and the forms behind them. */
class ReviewDeskPagesTest extends WebTest {

    /** A Thursday: the bridge coverage is in its newsletter's week, and no other test writes to its Daily Review. */
    private static final LocalDate THURSDAY = LocalDate.parse("2025-05-08");

    @Autowired
    Readers readers;

    @Autowired
    Stories stories;

    @Autowired
    EditorsHand hand;

    long harvest;

    @BeforeEach
    void fileTheBridgeCoverage() {
        StoryFixtures.store(library);
        assertThat(stories.awaitCaughtUp(Duration.ofSeconds(30))).isTrue();
        harvest = stories.storyOf(StoryFixtures.HARVEST_ID).orElseThrow().storyId();
        hand.release(Review.WEEKLY, LocalDate.parse("2025-05-10"), harvest);
    }

    @Test
    void onlyEditorsAndAdminsOpenTheReviewDesk() throws Exception {
        mvc.perform(get("/newsroom/reviews")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/sign-in?continue=*"));
        Cookie reader = SignedIn.as(mvc, readers, "desk-reader@parallax.example", Role.READER);
        mvc.perform(get("/newsroom/reviews/daily").cookie(reader)).andExpect(status().isForbidden());
        mvc.perform(get("/newsroom/reviews/daily/email").cookie(reader)).andExpect(status().isForbidden());

        Cookie editor = SignedIn.as(mvc, readers, "desk-editor@parallax.example", Role.EDITOR);
        String list = body(editor, "/newsroom/reviews");
        assertThat(list).contains("The Daily Review", "The Weekly Review", "The Parallax Newsletter", "/newsroom/reviews/weekly?date=",
                "<a href=\"/newsroom/reviews\" aria-current=\"page\">Reviews desk</a>");
        assertThat(body(reader, "/")).as("readers are not shown the desk").doesNotContain("Reviews desk");
        Cookie admin = SignedIn.as(mvc, readers, "desk-admin@parallax.example", Role.ADMIN);
        assertThat(body(admin, "/newsroom/reviews/newsletter")).contains("The Parallax Newsletter");
    }

    @Test
    void thePreviewFramesTheEmailAndListsTheRankedStoriesWithTheirForms() throws Exception {
        Cookie editor = SignedIn.as(mvc, readers, "desk-editor@parallax.example", Role.EDITOR);

        String page = body(editor, "/newsroom/reviews/newsletter?date=" + THURSDAY);

        assertThat(page).contains("The Parallax Newsletter, 2025-05-08", "Subject:",
                "src=\"/newsroom/reviews/newsletter/email?date=2025-05-08\"", "sandbox",
                "Kestria and Dunmoor agree to rebuild the Tellan bridge", "Grain prices fall",
                "action=\"/newsroom/reviews/newsletter/2025-05-08/stories/" + harvest + "/pin\"", "Plain-text version")
                .doesNotContain("review-note-form");
        var email = mvc.perform(get("/newsroom/reviews/newsletter/email?date=" + THURSDAY).cookie(editor))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", ReviewDeskController.EMAIL_POLICY))
                .andReturn().getResponse();
        assertThat(email.getContentAsString(StandardCharsets.UTF_8)).contains("This week on Parallax", "href=\"#unsubscribe\"")
                .doesNotContain("{{");
    }

    @Test
    void anEditorPinsAStoryAndWritesWhatsToComeAndThePreviewShowsBoth() throws Exception {
        Cookie editor = SignedIn.as(mvc, readers, "desk-editor@parallax.example", Role.EDITOR);
        long editorId = readers.byEmail("desk-editor@parallax.example").orElseThrow().id();

        mvc.perform(post("/newsroom/reviews/weekly/2025-05-10/stories/" + harvest + "/pin").with(csrf()).cookie(editor))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/newsroom/reviews/weekly?date=2025-05-10&done=*"));
        mvc.perform(post("/newsroom/reviews/weekly/2025-05-10/note").with(csrf()).cookie(editor)
                        .param("note", "The survey of the Tellan banks begins on Monday."))
                .andExpect(status().is3xxRedirection());

        assertThat(hand.picks(Review.WEEKLY, LocalDate.parse("2025-05-10"))).containsExactly(new Pick(harvest, Choice.PIN, 1));
        assertThat(hand.note(Review.WEEKLY, LocalDate.parse("2025-05-10"), NoteKind.WHATS_TO_COME))
                .contains("The survey of the Tellan banks begins on Monday.");
        String page = mvc.perform(get("/newsroom/reviews/weekly").param("date", "2025-05-10").param("done", "The note is saved.")
                .cookie(editor)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("The note is saved.", "to come</h2>", ">The survey of the Tellan banks begins on Monday.</textarea>",
                "Pinned", "/stories/" + harvest + "/release");
        assertThat(body(editor, "/newsroom/reviews/weekly/email?date=2025-05-10"))
                .contains("Editors' pick", "The survey of the Tellan banks begins on Monday.");

        mvc.perform(post("/newsroom/reviews/weekly/2025-05-10/stories/" + harvest + "/release").with(csrf()).cookie(editor))
                .andExpect(status().is3xxRedirection());
        assertThat(hand.picks(Review.WEEKLY, LocalDate.parse("2025-05-10"))).isEmpty();
        assertThat(editorId).isPositive();
    }

    @Test
    void aBadDateAnUnknownReviewOrANoteForTheNewsletterIsRefused() throws Exception {
        Cookie editor = SignedIn.as(mvc, readers, "desk-editor@parallax.example", Role.EDITOR);

        mvc.perform(get("/newsroom/reviews/daily?date=next-tuesday").cookie(editor)).andExpect(status().isBadRequest());
        mvc.perform(get("/newsroom/reviews/monthly").cookie(editor)).andExpect(status().isNotFound());
        mvc.perform(post("/newsroom/reviews/newsletter/2025-05-08/note").with(csrf()).cookie(editor).param("note", "Hello"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/newsroom/reviews/daily/2025-05-08/stories/1/promote").with(csrf()).cookie(editor))
                .andExpect(status().isNotFound());
        mvc.perform(post("/newsroom/reviews/daily/2025-05-08/stories/1/pin").cookie(editor)).andExpect(status().isForbidden());
    }

    private String body(Cookie who, String path) throws Exception {
        return mvc.perform(get(path).cookie(who)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
