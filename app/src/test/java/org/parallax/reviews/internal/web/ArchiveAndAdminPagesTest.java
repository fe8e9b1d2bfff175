package org.parallax.reviews.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parallax.SignedIn;
import org.parallax.WebTest;
import org.parallax.readers.Reader;
import org.parallax.readers.Readers;
import org.parallax.readers.Role;
import org.parallax.reviews.Review;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The web archive (reviews for subscribers and staff, the newsletter for all) and the admin's delivery page. */
class ArchiveAndAdminPagesTest extends WebTest {

    static final LocalDate TUESDAY = LocalDate.parse("2026-03-17");
    static final LocalDate THURSDAY = LocalDate.parse("2026-03-19");

    @Autowired
    Readers readers;

    @Autowired
    JdbcClient jdbc;

    ReviewWebFixtures fixtures;

    @BeforeEach
    void editions() {
        fixtures = new ReviewWebFixtures(readers, jdbc);
        fixtures.edition(Review.DAILY, TUESDAY, "The Daily Review: the sluice deal holds",
                "The " + ReviewWebFixtures.DAILY_BODY_WORD + " sluice stays open through the dry season.");
        fixtures.edition(Review.NEWSLETTER, THURSDAY, "The Parallax Newsletter: ferries and tariffs",
                "Ferry tariffs rise next month; read the briefing on the site.");
    }

    @Test
    void anyoneSeesTheDailyReviewsDatesAndSubjectsWithAnOfferButNeverItsBody() throws Exception {
        Cookie registered = SignedIn.as(mvc, readers, fixtures.confirmed(ReviewWebFixtures.unique("marek")).email(), Role.READER);

        for (Cookie who : new Cookie[] {null, registered}) {
            String list = body(as(who, get("/reviews/daily")));
            String edition = body(as(who, get("/reviews/daily/" + TUESDAY)));
            MockHttpServletResponse email = as(who, get("/reviews/daily/" + TUESDAY + "/email"));

            assertThat(list).contains("2026-03-17").contains("The Daily Review: the sluice deal holds")
                    .contains("is for All-Access subscribers").contains("href=\"/subscribe\"")
                    .doesNotContain("href=\"/reviews/daily/2026-03-17\"");
            assertThat(edition).contains("The Daily Review: the sluice deal holds").contains("href=\"/subscribe\"")
                    .doesNotContain(ReviewWebFixtures.DAILY_BODY_WORD).doesNotContain("<iframe");
            assertThat(email.getStatus()).isEqualTo(404);
            assertThat(body(email)).doesNotContain(ReviewWebFixtures.DAILY_BODY_WORD);
        }
    }

    @Test
    void aSubscriberReadsAnArchivedReviewWithLinksThatNameNoOne() throws Exception {
        Reader nadia = fixtures.subscriber(ReviewWebFixtures.unique("nadia"));
        Cookie session = SignedIn.as(mvc, readers, nadia.email(), Role.READER);

        String list = body(as(session, get("/reviews/daily")));
        String edition = body(as(session, get("/reviews/daily/" + TUESDAY)));
        MockHttpServletResponse email = as(session, get("/reviews/daily/" + TUESDAY + "/email"));

        assertThat(list).contains("href=\"/reviews/daily/2026-03-17\"").doesNotContain("is for All-Access subscribers");
        assertThat(edition).contains("<iframe").contains("src=\"/reviews/daily/2026-03-17/email\"");
        assertThat(email.getStatus()).isEqualTo(200);
        assertThat(email.getContentType()).startsWith("text/html");
        assertThat(email.getHeader("Content-Security-Policy")).contains("style-src 'unsafe-inline'")
                .contains("frame-ancestors 'self'").doesNotContain("script-src");
        assertThat(body(email)).contains(ReviewWebFixtures.DAILY_BODY_WORD).contains("style=\"color:#111\"")
                .contains("href=\"/account/emails\">Unsubscribe").doesNotContain("{{");
    }

    @Test
    void staffReadTheReviewsArchiveWithoutSubscribing() throws Exception {
        Cookie editor = SignedIn.as(mvc, readers, ReviewWebFixtures.unique("editor"), Role.EDITOR);

        assertThat(body(as(editor, get("/reviews/daily/" + TUESDAY + "/email")))).contains(ReviewWebFixtures.DAILY_BODY_WORD);
    }

    @Test
    void theNewslettersArchiveIsPublic() throws Exception {
        String list = body(as(null, get("/reviews/newsletter")));
        String email = body(as(null, get("/reviews/newsletter/" + THURSDAY + "/email")));

        assertThat(list).contains("href=\"/reviews/newsletter/2026-03-19\"").doesNotContain("is for All-Access subscribers");
        assertThat(email).contains("Ferry tariffs rise next month");
    }

    @Test
    void unknownReviewsDatesAndEditionsAreNotFound() throws Exception {
        for (String path : new String[] {"/reviews/monthly", "/reviews/daily/yesterday", "/reviews/daily/2026-03-18",
                "/reviews/monthly/2026-03-17", "/reviews/daily/2026-02-30/email"}) {
            assertThat(as(null, get(path)).getStatus()).as(path).isEqualTo(404);
        }
        assertThat(as(null, get("/reviews/daily?page=-4")).getStatus()).isEqualTo(200);
    }

    @Test
    void theAdminPageShowsEachEditionsCountsAndTheFailedRowsWithTheirLastError() throws Exception {
        LocalDate date = LocalDate.parse("2026-03-20");
        long edition = fixtures.edition(Review.DAILY, date, "The Daily Review: counts for the admin", "Counts.");
        jdbc.sql("delete from review_delivery where edition_id = ?").param(edition).update();
        fixtures.delivery(edition, fixtures.subscriber(ReviewWebFixtures.unique("sent")), "sent", 1, null);
        fixtures.delivery(edition, fixtures.subscriber(ReviewWebFixtures.unique("waiting")), "pending", 1,
                "421 4.3.2 try again later");
        Reader refused = fixtures.subscriber(ReviewWebFixtures.unique("refused"));
        fixtures.delivery(edition, refused, "failed", 1, "550 5.1.1 mailbox unavailable");
        Cookie admin = SignedIn.as(mvc, readers, ReviewWebFixtures.unique("admin"), Role.ADMIN);
        Cookie editor = SignedIn.as(mvc, readers, ReviewWebFixtures.unique("editor"), Role.EDITOR);

        String page = body(as(admin, get("/admin/reviews")));

        assertThat(page).containsPattern("<tr id=\"edition-" + edition + "\">\\s*<td><a href=\"/reviews/daily/2026-03-20\">"
                + "The Daily Review</a></td>\\s*<td>2026-03-20</td>\\s*<td>3</td>\\s*<td>1</td>\\s*<td><a href=\"#failed-"
                + edition + "\">1</a></td>\\s*<td>1</td>");
        assertThat(page).contains("<td>" + refused.email() + "</td><td>1</td><td>550 5.1.1 mailbox unavailable</td>")
                .doesNotContain("421 4.3.2");
        assertThat(body(as(admin, get("/admin")))).contains("href=\"/admin/reviews\"");
        assertThat(as(editor, get("/admin/reviews")).getStatus()).isEqualTo(403);
        assertThat(as(null, get("/admin/reviews")).getStatus()).isEqualTo(302);
    }

    private MockHttpServletResponse as(Cookie who, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(who == null ? request : request.cookie(who)).andReturn().getResponse();
    }

    private static String body(MockHttpServletResponse response) throws Exception {
        return response.getContentAsString(StandardCharsets.UTF_8);
    }
}
