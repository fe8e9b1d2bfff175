package org.parallax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parallax.LeakMarkers.GatedArticle;
import org.parallax.LeakMarkers.Marker;
import org.parallax.library.AccessLevel;
import org.parallax.readers.Purpose;
import org.parallax.readers.Reader;
import org.parallax.readers.Readers;
import org.parallax.readers.Role;
import org.parallax.reviews.EditionContent;
import org.parallax.reviews.Review;
import org.parallax.reviews.internal.RecipientTokens;
import org.parallax.search.SearchIndexing;
import org.parallax.stories.NamedEntity;
import org.parallax.stories.Stories;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.function.support.RouterFunctionMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * The leak probe: gated articles with marker sentences past the teaser, requested on every GET
 * route as every kind of reader. A marker's secret word in any byte of a response to a reader not
 * entitled to it (text, attributes, meta tags, JSON-LD, comments, CSS-hidden or script-held text
 * alike) fails the probe. The route table must name every GET route the application maps, so a
 * new route fails the probe until someone says how to request it (or why it carries no text).
 */
class LeakProbeTest extends WebTest {

    /**
     * How to request each GET route. {@code {gated}} stands for each probe article's id,
     * {@code {word}} for each marker's search word, {@code {other}} for the article the
     * "unlocked another" reader unlocked. Add a row when you add a route.
     */
    static final Map<String, List<String>> ROUTES = routes();

    /** The day of the archived review editions that quote the markers. */
    static final String REVIEW_DATE = "2026-02-10";

    private static final java.util.concurrent.atomic.AtomicInteger UNLOCKING_ADDRESSES = new java.util.concurrent.atomic.AtomicInteger();

    /** Routes requested with no text of ours to carry; each says why it is safe. Still requested. */
    static final Map<String, String> NO_ARTICLE_TEXT = Map.ofEntries(
            Map.entry("/api/outlets", "outlet names and home pages only"),
            Map.entry("/outlets", "outlet names only"),
            Map.entry("/sitemap.xml", "addresses and dates only (Library.stamps reads no text)"),
            Map.entry("/sitemap-news.xml", "addresses, headlines and dates of our recent articles only"),
            Map.entry("/sign-in", "a form; the continue path is echoed as an address, never as text"),
            Map.entry("/sign-in/confirm", "a confirm button for a one-time token"),
            Map.entry("/admin/feeds", "followed feeds and outlets; admins only"),
            Map.entry("/admin/house-ad", "the house ad's text and link; admins only"),
            Map.entry("/admin", "links to the admin pages; admins only"),
            Map.entry("/admin/plans", "plan names and prices; admins only"),
            Map.entry("/admin/subscriptions", "subscribers' emails and states; admins only"),
            Map.entry("/admin/staff", "editors' and admins' emails and roles; admins only"),
            Map.entry("/subscribe", "plans and prices"),
            Map.entry("/subscribe/thanks", "a thank-you note"),
            Map.entry("/account", "the reader's own account settings"),
            Map.entry("/account/export", "the reader's own account data as JSON: ids and dates, no article text"),
            Map.entry("/account/email/confirm", "a confirm button for a one-time token"),
            Map.entry("/password/forgot", "an email form"),
            Map.entry("/password/reset", "a new-password form for a one-time token"),
            Map.entry("/stories", "story headlines (the titles of their lead articles) and counts"),
            Map.entry("/reviews/unsubscribe/{token}", "an unsubscribe button for a signed token"),
            Map.entry("/reviews/preferences/{token}", "check boxes of the emails a reader gets"),
            Map.entry("/account/emails", "check boxes of the emails the reader gets"),
            Map.entry("/admin/reviews", "editions' review names, dates and delivery counts, failed addresses; admins only"),
            Map.entry("/newsroom/reviews", "links to the reviews' previews and their send times; editors only"),
            Map.entry("/newsroom/tips", "readers' tips, their emails and the headlines tipped on; editors only"),
            Map.entry("/corrections", "the newsroom's notes and the articles' headlines"),
            Map.entry("/corrections/feed", "the newsroom's notes and the articles' headlines"),
            Map.entry("/newsroom/articles/{id}/updates", "an article's updates and corrections; editors only"),
            Map.entry("/newsroom/articles", "the newsroom's headlines, states and editors; editors only"),
            Map.entry("/newsroom/articles/new", "an empty editor form; editors only"),
            Map.entry("/admin/audit", "who did what to which article id, with headlines and notes; admins only"),
            Map.entry("/actuator", "refused to all (only health and the metrics are served)"),
            Map.entry("/actuator/health", "UP or DOWN; parts' states and sizes to admins only"),
            Map.entry("/actuator/health/**", "UP or DOWN of liveness, readiness or one part"),
            Map.entry("/actuator/prometheus", "counts and timings tagged by route pattern and outcome; admins or the token only"),
            Map.entry("/error", "fixed messages from SiteErrorViews and Spring's error attributes without exception text"));

    /** Requests that are not routes of their own but must not leak either: refusals and errors. */
    static final List<String> ERRORS = List.of(
            "/articles/{gated}/nothing-here",
            "/articles/{gated}-missing",
            "/articles/{gated}/print/more",
            "/api/articles/{gated}?full=true",
            "/api/articles/{gated}-missing",
            "/api/search?q={word}&size=many",
            "/api/search?q={word}&sort=sideways&outlet=parallax",
            "/api/search?q=%22{word}",
            "/api/nothing/{gated}",
            "/search?q=%22{word}",
            "/search?q={word}&page=-1&kind=bogus",
            "/search?q={word}&page=-1&person={word}&tab=stories",
            "/api/search?q={word}&facets=-1&person={word}",
            "/feed.xml?id={gated}",
            "/stories/{gated}",
            "/api/stories/{gated}",
            "/api/stories?entity={gated}",
            "/entities/{gated}");

    private static Map<String, List<String>> routes() {
        Map<String, List<String>> routes = new LinkedHashMap<>();
        routes.put("/", List.of("/"));
        routes.put("/articles/{id}", List.of("/articles/{gated}"));
        routes.put("/articles/{id}/print", List.of("/articles/{gated}/print"));
        // The history diffs whole bodies: LeakMarkers.REVISED has two versions, the second adding a marker.
        routes.put("/articles/{id}/history", List.of("/articles/{gated}/history"));
        routes.put("/corrections", List.of("/corrections"));
        routes.put("/corrections/feed", List.of("/corrections/feed"));
        routes.put("/newsroom/articles/{id}/updates", List.of("/newsroom/articles/{gated}/updates"));
        routes.put("/api/articles/{id}", List.of("/api/articles/{gated}"));
        // Entity filters and counts, and the stories tab: names come from a gated article's title and dek only.
        routes.put("/search", List.of("/search?q={word}", "/search?q={word}&sort=date&outlet=parallax", "/search?q={gated}",
                "/search?q={gated}&tab=stories", "/search?q={word}&tab=stories&sort=date",
                "/search?q={gated}&person={word}", "/search?q={gated}&place={word}&organization={word}&tab=stories",
                "/search?q=harbour", "/search?q=harbour&tab=stories", "/search?q=ferry", "/search?q=docks&tab=stories"));
        routes.put("/api/search", List.of("/api/search?q={word}", "/api/search?q={word}~&sort=date", "/api/search?q={gated}",
                "/api/search?q={gated}&facets=50", "/api/search?q={gated}&person={word}&facets=10",
                "/api/search?q=harbour&facets=50", "/api/search?q=ferry&facets=50"));
        routes.put("/outlets", List.of("/outlets"));
        routes.put("/outlets/{slug}", List.of("/outlets/parallax"));
        routes.put("/api/outlets", List.of("/api/outlets"));
        routes.put("/actuator", List.of("/actuator"));
        routes.put("/actuator/health", List.of("/actuator/health"));
        routes.put("/actuator/health/**", List.of("/actuator/health/search"));
        routes.put("/feed.xml", List.of("/feed.xml"));
        routes.put("/atom.xml", List.of("/atom.xml"));
        routes.put("/sitemap.xml", List.of("/sitemap.xml"));
        routes.put("/sitemap-news.xml", List.of("/sitemap-news.xml"));
        // The probe's gated articles are filed under this author, section and tag (see fileMarkersInTheNewsroom).
        routes.put("/authors/{slug}", List.of("/authors/ilse-probst", "/authors/{gated}"));
        routes.put("/sections/{slug}", List.of("/sections/harbour"));
        routes.put("/tags/{slug}", List.of("/tags/ledger"));
        routes.put("/authors/{slug}/feed.xml", List.of("/authors/ilse-probst/feed.xml"));
        routes.put("/authors/{slug}/atom.xml", List.of("/authors/ilse-probst/atom.xml"));
        routes.put("/sections/{slug}/feed.xml", List.of("/sections/harbour/feed.xml"));
        routes.put("/sections/{slug}/atom.xml", List.of("/sections/harbour/atom.xml"));
        routes.put("/sign-in", List.of("/sign-in?continue=/articles/{gated}"));
        routes.put("/sign-in/confirm", List.of("/sign-in/confirm?token=not-a-real-token"));
        routes.put("/admin/feeds", List.of("/admin/feeds"));
        routes.put("/admin/house-ad", List.of("/admin/house-ad"));
        routes.put("/admin", List.of("/admin"));
        routes.put("/admin/plans", List.of("/admin/plans"));
        routes.put("/admin/subscriptions", List.of("/admin/subscriptions"));
        routes.put("/admin/staff", List.of("/admin/staff", "/admin/staff?changed={gated}"));
        routes.put("/subscribe", List.of("/subscribe", "/subscribe?plan={gated}"));
        routes.put("/subscribe/thanks", List.of("/subscribe/thanks"));
        routes.put("/account", List.of("/account"));
        routes.put("/account/export", List.of("/account/export"));
        routes.put("/account/email/confirm", List.of("/account/email/confirm?token=not-a-real-token"));
        routes.put("/password/forgot", List.of("/password/forgot"));
        routes.put("/password/reset", List.of("/password/reset?token=not-a-real-token"));
        routes.put("/error", List.of("/error"));
        routes.put("/stories", List.of("/stories"));
        routes.put("/stories/{id}", List.of("/stories/{story}"));
        routes.put("/entities/{id}", List.of("/entities/{entity}"));
        routes.put("/api/stories", List.of("/api/stories", "/api/stories?entity={entity}&from=2026-01-01"));
        routes.put("/api/stories/{id}", List.of("/api/stories/{story}"));
        routes.put("/api/entities/{id}", List.of("/api/entities/{entity}"));
        // The archived editions quote the probe's markers (see storeReviewEditions); {token} is the subscriber's.
        routes.put("/reviews/{review}", List.of("/reviews/daily", "/reviews/weekly", "/reviews/newsletter", "/reviews/{gated}",
                "/reviews/daily?page=2"));
        routes.put("/reviews/{review}/{date}", List.of("/reviews/daily/" + REVIEW_DATE, "/reviews/weekly/" + REVIEW_DATE,
                "/reviews/newsletter/" + REVIEW_DATE, "/reviews/daily/{gated}", "/reviews/{gated}/" + REVIEW_DATE));
        routes.put("/reviews/{review}/{date}/email", List.of("/reviews/daily/" + REVIEW_DATE + "/email",
                "/reviews/weekly/" + REVIEW_DATE + "/email", "/reviews/newsletter/" + REVIEW_DATE + "/email",
                "/reviews/daily/{gated}/email"));
        routes.put("/reviews/unsubscribe/{token}", List.of("/reviews/unsubscribe/{token}", "/reviews/unsubscribe/{gated}"));
        routes.put("/reviews/preferences/{token}", List.of("/reviews/preferences/{token}", "/reviews/preferences/{gated}"));
        routes.put("/account/emails", List.of("/account/emails"));
        routes.put("/admin/reviews", List.of("/admin/reviews"));
        // The editors' previews of the reviews, on days whose editions hold the probe's articles.
        routes.put("/newsroom/reviews", List.of("/newsroom/reviews"));
        routes.put("/newsroom/tips", List.of("/newsroom/tips"));
        routes.put("/newsroom/reviews/{review}", List.of("/newsroom/reviews/daily", "/newsroom/reviews/daily?date=2026-02-10",
                "/newsroom/reviews/weekly?date=2026-02-14", "/newsroom/reviews/newsletter?date=2026-02-12"));
        routes.put("/newsroom/reviews/{review}/email", List.of("/newsroom/reviews/daily/email?date=2026-02-10",
                "/newsroom/reviews/weekly/email?date=2026-02-14", "/newsroom/reviews/newsletter/email?date=2026-02-12"));
        // The newsroom's own articles are not the probe's (those are stored straight in the library): no desk article has their id.
        routes.put("/newsroom/articles", List.of("/newsroom/articles", "/newsroom/articles?state=published",
                "/newsroom/articles?state={gated}"));
        routes.put("/newsroom/articles/new", List.of("/newsroom/articles/new"));
        routes.put("/newsroom/articles/{id}/edit", List.of("/newsroom/articles/{gated}/edit"));
        routes.put("/admin/audit", List.of("/admin/audit"));
        // The operations endpoints (OperationsSecurity): statuses and numbers, never text.
        routes.put("/actuator", List.of("/actuator"));
        routes.put("/actuator/health", List.of("/actuator/health"));
        routes.put("/actuator/health/**", List.of("/actuator/health/readiness", "/actuator/health/liveness", "/actuator/health/db"));
        routes.put("/actuator/prometheus", List.of("/actuator/prometheus"));
        return routes;
    }

    /** The kinds of reader; {@code entitledTo} is written out here, not asked of the access module. */
    enum Kind {
        ANONYMOUS(Set.of()),
        ANONYMOUS_WHO_UNLOCKED_ANOTHER_ARTICLE(Set.of()),
        UNCONFIRMED(Set.of()),
        REGISTERED(Set.of(AccessLevel.REGISTERED)),
        SUBSCRIBER(Set.of(AccessLevel.REGISTERED, AccessLevel.SUBSCRIBERS)),
        EDITOR(Set.of(AccessLevel.REGISTERED, AccessLevel.SUBSCRIBERS)),
        ADMIN(Set.of(AccessLevel.REGISTERED, AccessLevel.SUBSCRIBERS));

        final Set<AccessLevel> entitledTo;

        Kind(Set<AccessLevel> entitledTo) {
            this.entitledTo = entitledTo;
        }

        boolean entitled(GatedArticle article) {
            return entitledTo.contains(article.level());
        }

        /** Whether searches by this reader may match gated text (they may read every gated article). */
        boolean searchesGatedText() {
            return entitledTo.contains(AccessLevel.SUBSCRIBERS);
        }
    }

    @Autowired
    Readers readers;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SearchIndexing indexing;

    @Autowired
    Stories stories;

    @Autowired
    ApplicationContext context;

    @Autowired
    RecipientTokens tokens;

    @Autowired
    org.parallax.reviews.EditionComposer composer;

    /** The probe subscriber's unsubscribe and preference token. */
    private String token;

    private final Map<Kind, Cookie> browsers = new EnumMap<>(Kind.class);

    @BeforeEach
    void storeMarkersAndSignEveryoneIn() throws Exception {
        LeakMarkers.store(library);
        fileMarkersInTheNewsroom();
        assertThat(indexing.awaitCaughtUp(Duration.ofSeconds(20))).as("search index caught up").isTrue();
        assertThat(stories.awaitCaughtUp(Duration.ofSeconds(20))).as("stories filed").isTrue();
        browsers.put(Kind.ANONYMOUS_WHO_UNLOCKED_ANOTHER_ARTICLE, unlockedInThisBrowser(LeakMarkers.OTHER_ID));
        browsers.put(Kind.UNCONFIRMED, SignedIn.as(mvc, readers, "probe-unconfirmed@parallax.example", Role.READER));
        browsers.put(Kind.REGISTERED, SignedIn.as(mvc, readers, confirmed("probe-registered@parallax.example"), Role.READER));
        String subscriber = confirmed("probe-subscriber@parallax.example");
        subscribe(readers.byEmail(subscriber).orElseThrow());
        browsers.put(Kind.SUBSCRIBER, SignedIn.as(mvc, readers, subscriber, Role.READER));
        browsers.put(Kind.EDITOR, SignedIn.as(mvc, readers, "probe-editor@parallax.example", Role.EDITOR));
        browsers.put(Kind.ADMIN, SignedIn.as(mvc, readers, "probe-admin@parallax.example", Role.ADMIN));
        storeReviewEditions();
        token = tokens.sign(readers.byEmail(subscriber).orElseThrow().id(), Review.DAILY);
    }

    /** The gated articles as the newsroom published them, so author, section and tag pages and feeds list them. */
    private void fileMarkersInTheNewsroom() {
        List<String> ids = new ArrayList<>(LeakMarkers.GATED.stream().map(GatedArticle::id).toList());
        ids.add(LeakMarkers.OTHER_ID);
        for (String id : ids) {
            jdbc.sql("delete from newsroom_article where article_id = ?").param(id).update();
            org.parallax.newsroom.internal.outputs.ListingFixtures.file(jdbc, id, "published", "Ilse Probst", "Harbour", "Ledger",
                    LeakMarkers.PUBLISHED);
        }
    }

    /**
     * Archived editions as the sender froze them: the two reviews quote every marker (as a review's
     * summaries quote gated articles to subscribers), the public newsletter only headlines.
     */
    private void storeReviewEditions() {
        StringBuilder quoted = new StringBuilder();
        for (GatedArticle article : LeakMarkers.GATED) {
            article.markers().forEach(marker -> quoted.append("<p>").append(marker.word()).append(' ').append(marker.secret())
                    .append("</p>"));
        }
        for (Review review : Review.values()) {
            String body = review.forSubscribers() ? quoted.toString() : "<p>The ledger the harbour board kept</p>";
            jdbc.sql("""
                            insert into review_edition (review, edition_date, subject, html, plain_text, frozen_at)
                            values (?, ?, ?, ?, ?, ?) on conflict (review, edition_date) do nothing""")
                    .params(review.name(), REVIEW_DATE, review.title() + ": the harbour ledger",
                            "<html><body>" + body + "<a href=\"" + EditionContent.UNSUBSCRIBE + "\">Unsubscribe</a></body></html>",
                            body.replaceAll("<[^>]+>", "\n"), Instant.now().toEpochMilli())
                    .update();
        }
    }

    @Test
    void everyGetRouteTheApplicationMapsIsInTheProbesTable() {
        Set<String> mapped = new TreeSet<>();
        context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values().forEach(mapping ->
                mapping.getHandlerMethods().keySet().stream()
                        .filter(LeakProbeTest::answersGet)
                        .forEach(info -> mapped.addAll(info.getPatternValues())));
        context.getBeansOfType(RouterFunctionMapping.class).values().forEach(mapping ->
                assertThat(mapping.getRouterFunction()).as("functional routes are not probed yet: add them to the table").isNull());

        assertThat(mapped).as("GET routes the leak probe does not know how to request: add them to LeakProbeTest.ROUTES")
                .isSubsetOf(ROUTES.keySet());
        assertThat(ROUTES.keySet()).as("routes in the probe's table that no longer exist").isSubsetOf(mapped);
        assertThat(ROUTES.keySet()).containsAll(NO_ARTICLE_TEXT.keySet());
    }

    @Test
    void noMarkerReachesAnyReaderNotEntitledToItOnAnyRouteOrError() throws Exception {
        List<String> leaks = new ArrayList<>();
        int requests = 0;
        for (Kind kind : Kind.values()) {
            for (String path : allPaths()) {
                String body = fetch(kind, path).getContentAsString(StandardCharsets.UTF_8);
                requests++;
                for (GatedArticle article : LeakMarkers.GATED) {
                    if (kind.entitled(article)) {
                        continue;
                    }
                    for (Marker marker : article.markers()) {
                        if (containsIgnoringCase(body, marker.secret())
                                || (!containsIgnoringCase(path, marker.word()) && containsIgnoringCase(body, marker.word()))) {
                            leaks.add(kind + " GET " + path + " shows " + article.id() + "'s marker " + marker);
                        }
                    }
                }
            }
        }
        assertThat(requests).isGreaterThan(Kind.values().length * ROUTES.size());
        assertThat(leaks).as("gated text reached readers not entitled to it").isEmpty();
    }

    /** Emails go to readers of every kind at once, so an edition may carry only what anyone may read. */
    @Test
    void noEditionOfAnyReviewCarriesAMarkerOfAGatedBody() {
        List<String> leaks = new ArrayList<>();
        for (org.parallax.reviews.Review review : org.parallax.reviews.Review.values()) {
            for (String date : List.of("2026-02-10", "2026-02-11", "2026-02-12", "2026-02-14")) {
                org.parallax.reviews.EditionContent edition = composer.compose(review, java.time.LocalDate.parse(date));
                for (GatedArticle article : LeakMarkers.GATED) {
                    for (Marker marker : article.markers()) {
                        String all = edition.subject() + edition.html() + edition.text();
                        if (containsIgnoringCase(all, marker.secret()) || containsIgnoringCase(all, marker.word())) {
                            leaks.add(review + " of " + date + " shows " + article.id() + "'s marker " + marker);
                        }
                    }
                }
            }
        }
        assertThat(composer.compose(org.parallax.reviews.Review.NEWSLETTER, java.time.LocalDate.parse("2026-02-12")).html())
                .as("the probe's articles are in the edition by headline").contains("The ledger the harbour board kept");
        assertThat(leaks).isEmpty();
    }

    @Test
    void entitledReadersGetEveryMarkerOnTheArticlePagePrintViewAndApiSoTheProbeCanSeeALeak() throws Exception {
        List<String> missing = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            for (GatedArticle article : LeakMarkers.GATED) {
                if (!kind.entitled(article)) {
                    continue;
                }
                for (String path : List.of("/articles/" + article.id(), "/articles/" + article.id() + "/print",
                        "/api/articles/" + article.id())) {
                    String body = fetch(kind, path).getContentAsString(StandardCharsets.UTF_8);
                    article.markers().stream().filter(marker -> !body.contains(marker.secret()))
                            .forEach(marker -> missing.add(kind + " GET " + path + " lacks " + marker));
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void entitledReadersSeeTheRevisedArticlesBodyDiffOnItsHistorySoTheProbeCanSeeALeak() throws Exception {
        String id = LeakMarkers.REVISED.id();
        for (Kind kind : Kind.values()) {
            String history = fetch(kind, "/articles/" + id + "/history").getContentAsString(StandardCharsets.UTF_8);
            assertThat(history).as(kind + " sees the headline change").contains("audited</ins>");
            if (kind.entitled(LeakMarkers.REVISED)) {
                LeakMarkers.REVISED.markers().forEach(marker -> assertThat(history).as(kind.name()).contains(marker.secret()));
            } else {
                assertThat(history).as(kind.name()).contains("The text changed.");
            }
        }
    }

    @Test
    void searchesFindGatedWordsOnlyForReadersWhoMayReadEveryGatedArticle() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            for (GatedArticle article : LeakMarkers.GATED) {
                for (Marker marker : article.markers()) {
                    for (String path : List.of("/search?q=" + marker.word(), "/api/search?q=" + marker.word())) {
                        boolean found = fetch(kind, path).getContentAsString(StandardCharsets.UTF_8).contains(article.id());
                        if (found != kind.searchesGatedText()) {
                            wrong.add(kind + " GET " + path + (found ? " finds " : " does not find ") + article.id());
                        }
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void subscribersReadTheArchivedReviewThatQuotesEveryMarkerSoTheProbeCanSeeALeak() throws Exception {
        String review = fetch(Kind.SUBSCRIBER, "/reviews/daily/" + REVIEW_DATE + "/email").getContentAsString(StandardCharsets.UTF_8);

        for (GatedArticle article : LeakMarkers.GATED) {
            article.markers().forEach(marker -> assertThat(review).contains(marker.secret()));
        }
    }

    @Test
    void theReaderWhoUnlockedAnotherArticleReallyReadsThatOneInFull() throws Exception {
        String unlocked = fetch(Kind.ANONYMOUS_WHO_UNLOCKED_ANOTHER_ARTICLE, "/articles/" + LeakMarkers.OTHER_ID)
                .getContentAsString(StandardCharsets.UTF_8);
        String anonymous = fetch(Kind.ANONYMOUS, "/articles/" + LeakMarkers.OTHER_ID).getContentAsString(StandardCharsets.UTF_8);

        assertThat(unlocked).contains(LeakMarkers.OTHER_MARKER.secret());
        assertThat(anonymous).doesNotContain(LeakMarkers.OTHER_MARKER.secret());
    }

    @Test
    void signedInKindsAreWhoTheProbeSaysTheyAre() throws Exception {
        assertThat(readers.byEmail("probe-unconfirmed@parallax.example").orElseThrow().confirmed()).isFalse();
        assertThat(readers.byEmail("probe-registered@parallax.example").orElseThrow().confirmed()).isTrue();
        // The header shows the signed-in reader's email: the cookie really signs the browser in.
        assertThat(fetch(Kind.SUBSCRIBER, "/").getContentAsString(StandardCharsets.UTF_8)).contains("probe-subscriber@parallax.example");
        assertThat(fetch(Kind.ADMIN, "/admin/feeds").getStatus()).isEqualTo(200);
    }

    /** The entities filed for a probe article, and a few others, so entity pages are probed whatever was found. */
    private List<Long> entityIds(GatedArticle article) {
        List<Long> ids = new ArrayList<>(stories.entitiesOfArticle(article.id()).stream().map(NamedEntity::id).toList());
        ids.addAll(jdbc.sql("select id from entity order by id limit 3").query(Long.class).list());
        return ids.stream().distinct().toList();
    }

    private List<String> allPaths() {
        List<String> templates = new ArrayList<>();
        ROUTES.values().forEach(templates::addAll);
        templates.addAll(ERRORS);
        List<String> paths = new ArrayList<>();
        for (String template : templates) {
            for (GatedArticle article : LeakMarkers.GATED) {
                String withArticle = template.replace("{gated}", article.id()).replace("{other}", LeakMarkers.OTHER_ID)
                        .replace("{token}", token)
                        .replace("{story}", Long.toString(stories.storyOf(article.id()).orElseThrow().storyId()));
                if (withArticle.contains("{entity}")) {
                    entityIds(article).forEach(id -> paths.add(withArticle.replace("{entity}", Long.toString(id))));
                } else if (withArticle.contains("{word}")) {
                    article.markers().forEach(marker -> paths.add(withArticle.replace("{word}", marker.word())));
                } else if (!paths.contains(withArticle)) {
                    paths.add(withArticle);
                }
            }
        }
        return paths;
    }

    private MockHttpServletResponse fetch(Kind kind, String path) throws Exception {
        MockHttpServletRequestBuilder request = get(path).accept(MediaType.TEXT_HTML, MediaType.APPLICATION_JSON, MediaType.ALL);
        Cookie browser = browsers.get(kind);
        if (browser != null) {
            request.cookie(browser);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private static boolean answersGet(RequestMappingInfo info) {
        Set<org.springframework.web.bind.annotation.RequestMethod> methods = info.getMethodsCondition().getMethods();
        return methods.isEmpty() || methods.stream().anyMatch(method -> method.asHttpMethod() == HttpMethod.GET);
    }

    private static boolean containsIgnoringCase(String text, String word) {
        return text.toLowerCase(Locale.ROOT).contains(word.toLowerCase(Locale.ROOT));
    }

    private String confirmed(String email) {
        Reader reader = readers.byEmail(email).orElseGet(() -> readers.register(email));
        readers.redeem(readers.issueLink(reader.id(), Purpose.SIGN_IN), Purpose.SIGN_IN);
        return email;
    }

    private void subscribe(Reader reader) {
        long now = Instant.now().toEpochMilli();
        jdbc.sql("delete from subscription where reader_id = ?").param(reader.id()).update();
        jdbc.sql("""
                        insert into subscription (reader_id, source, status, grants_access, access_until, created_at, updated_at)
                        values (?, 'COMPLIMENTARY', 'active', ?, null, ?, ?)""")
                .params(reader.id(), true, now, now)
                .update();
    }

    /**
     * A browser session holding an email unlock of {@code articleId}, written where the email form
     * writes it (the session attribute of access.internal.BrowserUnlocks). The email form is not
     * built yet; when it is, this should go through its POST instead.
     */
    @SuppressWarnings("unchecked")
    /** A browser that unlocked one article through the real email form, from an address of its own. */
    private Cookie unlockedInThisBrowser(String articleId) throws Exception {
        String address = "192.0.2." + (1 + UNLOCKING_ADDRESSES.getAndIncrement() % 250);
        Cookie session = mvc.perform(post("/articles/" + articleId + "/unlock-by-email").with(csrf())
                        .with(request -> {
                            request.setRemoteAddr(address);
                            return request;
                        })
                        .param("email", "probe-unlocker-" + UUID.randomUUID() + "@parallax.example"))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getCookie(SignedIn.SESSION_COOKIE);
        assertThat(session).as("the email form gave the browser a session").isNotNull();
        return session;
    }
}
