package org.parallax.reviews.internal.compose;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.parallax.access.AccessPolicy;
import org.parallax.library.Article;
import org.parallax.library.ArticleFilter;
import org.parallax.library.ArticleKind;
import org.parallax.library.Block;
import org.parallax.library.Library;
import org.parallax.reviews.Review;
import org.parallax.reviews.internal.EditorsHand.NoteKind;
import org.parallax.reviews.internal.EditorsHand;
import org.parallax.reviews.internal.ReviewCalendar.Period;
import org.parallax.reviews.internal.ReviewCalendar;
import org.parallax.reviews.internal.compose.ComposedEdition.AnalysisItem;
import org.parallax.reviews.internal.compose.ComposedEdition.RadarItem;
import org.parallax.reviews.internal.compose.ComposedEdition.Sentence;
import org.parallax.reviews.internal.compose.ComposedEdition.StoryItem;
import org.parallax.reviews.internal.compose.StoryRanking.Candidate;
import org.parallax.stories.Stories;
import org.parallax.stories.StoryCoverage;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Chooses what an edition says: the period's stories ranked with the editors' pins and drops, their
 * summaries, the notes, the latest own analyses and the rising entities. It reads only what anyone
 * may read (stories' summaries are built from open text; own articles give their headline and dek,
 * or the opening the access policy leaves open), so no edition carries a gated body.
 */
@Component
class EditionSelection {

    private static final DateTimeFormatter DATE_LINE = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter SUBJECT_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    private static final int TEASER_LENGTH = 220;
    /** How many of the previous period's entities the radar compares against. */
    private static final int RADAR_LOOKBACK = 500;

    private final Stories stories;
    private final Library library;
    private final AccessPolicy access;
    private final EditorsHand hand;
    private final ReviewCalendar calendar;
    private final CompositionSettings settings;
    private final String baseUrl;
    private final StoryRanking ranking;
    private final Radar radar;

    EditionSelection(Stories stories, Library library, AccessPolicy access, EditorsHand hand, ReviewCalendar calendar,
            CompositionSettings settings, @Value("${parallax.base-url}") String baseUrl) {
        this.stories = stories;
        this.library = library;
        this.access = access;
        this.hand = hand;
        this.calendar = calendar;
        this.settings = settings;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        this.ranking = new StoryRanking(settings.recencyWeight());
        this.radar = new Radar(settings.radarSize(), settings.radarMinimumArticles());
    }

    /** Every story weighed for the edition, best first, with the editors' pins and drops on them. */
    List<Candidate> candidates(Review review, LocalDate date) {
        Period period = calendar.period(review, date);
        return ranking.rank(stories.widestStories(period.from(), period.to(), settings.candidates()), hand.picks(review, date),
                period, stories::story);
    }

    ComposedEdition select(Review review, LocalDate date) {
        Period period = calendar.period(review, date);
        List<StoryItem> items = StoryRanking.edition(candidates(review, date), settings.stories(review)).stream()
                .map(candidate -> item(review, candidate))
                .flatMap(Optional::stream)
                .toList();
        List<AnalysisItem> analyses = review == Review.WEEKLY ? List.of() : analyses(period.to());
        List<RadarItem> rising = review == Review.DAILY ? radar(period) : List.of();
        List<String> opening = review == Review.DAILY ? note(review, date, NoteKind.OUR_TAKE) : List.of();
        List<String> closing = review == Review.WEEKLY ? note(review, date, NoteKind.WHATS_TO_COME) : List.of();
        return new ComposedEdition(review, date, date.format(DATE_LINE), subject(review, date, items), opening, items,
                analyses, rising, closing, baseUrl + "/");
    }

    private Optional<StoryItem> item(Review review, Candidate candidate) {
        return stories.coverage(candidate.story().id()).map(coverage -> new StoryItem(coverage.story().id(),
                coverage.story().headline(), baseUrl + "/stories/" + coverage.story().id(),
                Math.max(1, (int) coverage.outlets()), summary(review, coverage), candidate.pinned()));
    }

    /** The summary's first sentences, each with its outlet; the newsletter gets one, shortened, as a teaser. */
    private List<Sentence> summary(Review review, StoryCoverage coverage) {
        int sentences = switch (review) {
            case DAILY -> settings.summarySentences();
            case WEEKLY -> settings.quickSummarySentences();
            case NEWSLETTER -> 1;
        };
        List<Sentence> summary = coverage.summary().stream()
                .map(sentence -> new Sentence(sentence.text(), sentence.outlet()))
                .limit(sentences)
                .toList();
        if (summary.isEmpty() && sentences > 0) {
            summary = coverage.articles().stream()
                    .filter(article -> article.dek() != null && !article.dek().isBlank())
                    .map(article -> new Sentence(article.dek(), article.outlet()))
                    .limit(1)
                    .toList();
        }
        return review == Review.NEWSLETTER
                ? summary.stream().map(sentence -> new Sentence(shortened(sentence.text()), sentence.outlet())).toList()
                : summary;
    }

    private List<AnalysisItem> analyses(Instant before) {
        if (settings.analyses() == 0) {
            return List.of();
        }
        Instant since = before.minus(settings.analysisWindow());
        // The newest own pieces of each kind: enough for the next edition, which is what editions are composed for.
        List<Article> own = new ArrayList<>();
        for (ArticleKind kind : List.of(ArticleKind.ANALYSIS, ArticleKind.IN_DEPTH)) {
            own.addAll(library.articles(new ArticleFilter(true, null, kind, true, 50)));
        }
        return own.stream()
                .filter(article -> article.published().isBefore(before) && !article.published().isBefore(since))
                .sorted(Comparator.comparing(Article::published).reversed())
                .limit(settings.analyses())
                .map(article -> new AnalysisItem(article.title(), teaser(article), baseUrl + "/articles/" + article.id(),
                        article.kind().label()))
                .toList();
    }

    /** The dek, or else the opening of what the access policy leaves open to anyone. */
    private String teaser(Article article) {
        if (article.dek() != null && !article.dek().isBlank()) {
            return article.dek().strip();
        }
        return access.open(article).blocks().stream()
                .filter(block -> block instanceof Block.Paragraph)
                .map(Block::text)
                .filter(text -> !text.isBlank())
                .findFirst()
                .map(EditionSelection::shortened)
                .orElse("");
    }

    private List<RadarItem> radar(Period period) {
        if (settings.radarSize() == 0) {
            return List.of();
        }
        Instant previous = period.from().minus(Duration.between(period.from(), period.to()));
        return radar.rising(stories.entitiesNamedBetween(period.from(), period.to(), settings.radarSize() * 10),
                stories.entitiesNamedBetween(previous, period.from(), RADAR_LOOKBACK), RADAR_LOOKBACK,
                id -> baseUrl + "/entities/" + id);
    }

    private List<String> note(Review review, LocalDate date, NoteKind kind) {
        return hand.note(review, date, kind).map(EditionSelection::paragraphs).orElse(List.of());
    }

    static List<String> paragraphs(String body) {
        return Arrays.stream(body.strip().split("\\n\\s*\\n"))
                .map(paragraph -> paragraph.strip().replaceAll("\\s+", " "))
                .filter(paragraph -> !paragraph.isEmpty())
                .toList();
    }

    static String subject(Review review, LocalDate date, List<StoryItem> items) {
        String when = review == Review.WEEKLY ? "week to " + date.format(SUBJECT_DATE) : date.format(SUBJECT_DATE);
        String lead = items.isEmpty()
                ? (review == Review.DAILY ? "a quiet day" : "a quiet week")
                : items.getFirst().headline().replaceAll("\\s+", " ").strip();
        return review.title() + ", " + when + ": " + lead;
    }

    static String shortened(String text) {
        String clean = text.replaceAll("\\s+", " ").strip();
        if (clean.length() <= TEASER_LENGTH) {
            return clean;
        }
        int cut = clean.lastIndexOf(' ', TEASER_LENGTH - 1);
        return clean.substring(0, cut > TEASER_LENGTH / 2 ? cut : TEASER_LENGTH - 1).replaceAll("[,;:.\\s]+$", "") + "…";
    }
}
