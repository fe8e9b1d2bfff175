package org.parallax.stories.internal.desk;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.parallax.library.AccessLevel;
import org.parallax.library.Article;
import org.parallax.library.Library;
import org.parallax.stories.CoveredArticle;
import org.parallax.stories.FramingTerm;
import org.parallax.stories.OutletFraming;
import org.parallax.stories.SummarySentence;
import org.parallax.stories.internal.coverage.Centrality;
import org.parallax.stories.internal.coverage.CoverageArticle;
import org.parallax.stories.internal.coverage.Framing;
import org.parallax.stories.internal.coverage.HeadlineVerbs;
import org.parallax.stories.internal.coverage.StorySummary;
import org.parallax.stories.internal.coverage.TimelineChart;
import org.parallax.stories.FiledQuote;
import org.parallax.stories.QuotedSpeaker;
import org.parallax.stories.Story;
import org.parallax.stories.StoryCoverage;
import org.springframework.stereotype.Component;

/**
 * Builds a story page's model from what the desk filed and the library's articles. Syndicated
 * copies are folded into their original ("also published by"); the publication's own articles
 * come first; the analysis reads only text anyone may read.
 */
@Component
class CoverageBuilder {

    /** A story larger than this is shown by its first articles; the rest are counted, not listed. */
    static final int LARGEST_LISTED = 300;

    private final StoryRecords records;
    private final Library library;
    private final Centrality centrality = new Centrality();
    private final StorySummary summaries = new StorySummary();
    private final Framing framing = new Framing();
    private final HeadlineVerbs verbs = new HeadlineVerbs();
    private final TimelineChart timeline = new TimelineChart();

    CoverageBuilder(StoryRecords records, Library library) {
        this.records = records;
        this.library = library;
    }

    Optional<StoryCoverage> coverage(long storyId) {
        return records.story(storyId).map(this::build);
    }

    private StoryCoverage build(Story story) {
        List<Article> members = records.articleIds(story.id()).stream().limit(LARGEST_LISTED)
                .map(library::article).flatMap(Optional::stream).toList();
        Map<String, List<String>> copiedBy = new LinkedHashMap<>();
        for (Article member : members) {
            if (member.isCopy()) {
                copiedBy.computeIfAbsent(member.copyOf(), original -> new ArrayList<>()).add(member.outlet().name());
            }
        }
        List<Article> originals = members.stream().filter(member -> !member.isCopy())
                .sorted(Comparator.comparing((Article member) -> !member.own()).thenComparing(Article::published))
                .toList();
        List<CoveredArticle> articles = originals.stream()
                .map(article -> covered(article, copiedBy.getOrDefault(article.id(), List.of())))
                .toList();
        // Copies would count an outlet's words twice: the analyses read originals only.
        List<CoverageArticle> readable = originals.stream().map(CoverageBuilder::readable).toList();
        Story headlined = centrality.mostCentral(readable)
                .map(central -> withHeadline(story, central))
                .orElse(story);
        return new StoryCoverage(headlined, articles, summary(readable), framing(readable), quoted(records.quotesIn(story.id())),
                records.entitiesOf(story.id(), 30), timeline.render(members.stream().map(CoverageBuilder::readable).toList()));
    }

    private CoveredArticle covered(Article article, List<String> alsoPublishedBy) {
        return new CoveredArticle(article.id(), article.url(), article.outlet().name(), article.outlet().slug(), article.own(),
                article.title(), article.dek(), article.kind(), article.published(), article.updated(),
                alsoPublishedBy.stream().distinct().toList(),
                verbs.verbsIn(article.title()).stream().map(HeadlineVerbs.HeadlineVerb::phrase).toList());
    }

    /** What the analyses may read: a gated article's title and dek, never its body. */
    private static CoverageArticle readable(Article article) {
        return new CoverageArticle(article.id(), article.outlet().name(), article.title(), article.dek(), article.published(),
                article.updated(), gated(article) ? null : article.text(), article.own());
    }

    private static Story withHeadline(Story story, CoverageArticle central) {
        return new Story(story.id(), central.title(), central.articleId(), story.language(), story.firstPublished(),
                story.lastPublished(), story.articles(), story.outlets());
    }

    private List<SummarySentence> summary(List<CoverageArticle> readable) {
        return summaries.summarize(readable).stream()
                .map(sentence -> new SummarySentence(sentence.text(), sentence.outlet(), sentence.articleId()))
                .toList();
    }

    private List<OutletFraming> framing(List<CoverageArticle> readable) {
        List<OutletFraming> framed = new ArrayList<>();
        framing.byOutlet(readable).forEach((outlet, terms) -> {
            if (!terms.isEmpty()) {
                framed.add(new OutletFraming(outlet, terms.stream()
                        .map(term -> new FramingTerm(term.term(), term.zScore(), term.count())).toList()));
            }
        });
        return framed;
    }

    /** Speakers against outlets: one row per speaker (by entity where linked), most widely quoted first. */
    static List<QuotedSpeaker> quoted(List<FiledQuote> quotes) {
        Map<String, List<FiledQuote>> bySpeaker = new LinkedHashMap<>();
        for (FiledQuote quote : quotes) {
            String key = quote.speakerEntity() != null ? "#" + quote.speakerEntity().id() : quote.speaker().toLowerCase(Locale.ROOT);
            bySpeaker.computeIfAbsent(key, any -> new ArrayList<>()).add(quote);
        }
        return bySpeaker.values().stream()
                .map(said -> {
                    FiledQuote first = said.getFirst();
                    String name = first.speakerEntity() != null ? first.speakerEntity().name() : first.speaker();
                    return new QuotedSpeaker(name, first.speakerEntity(), said.stream().map(FiledQuote::outletName).distinct().toList(), said);
                })
                .sorted(Comparator.comparingInt((QuotedSpeaker speaker) -> -speaker.outlets().size())
                        .thenComparingInt(speaker -> -speaker.quotes().size()))
                .toList();
    }

    static boolean gated(Article article) {
        return article.own() && article.access() != null && article.access() != AccessLevel.FREE;
    }
}
