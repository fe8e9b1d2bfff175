package org.parallax.api.internal;

import java.time.Instant;
import java.util.List;
import org.parallax.stories.CoveredArticle;
import org.parallax.stories.EntityCount;
import org.parallax.stories.FiledQuote;
import org.parallax.stories.NamedEntity;
import org.parallax.stories.OutletFraming;
import org.parallax.stories.Story;
import org.parallax.stories.StoryCoverage;
import org.parallax.stories.SummarySentence;

/** Stories, entities and quotes as the API shows them. */
final class StoryJson {

    private StoryJson() {
    }

    record StorySummary(long id, String headline, String leadArticle, String language, Instant firstPublished,
            Instant lastPublished, int articles, int outlets, String link) {

        static StorySummary of(Story story) {
            return new StorySummary(story.id(), story.headline(), story.leadArticleId(), story.language(), story.firstPublished(),
                    story.lastPublished(), story.articles(), story.outlets(), "/api/stories/" + story.id());
        }
    }

    record StoryPage(int page, int size, List<StorySummary> stories) {
    }

    record EntityRef(long id, String kind, String name, String link) {

        static EntityRef of(NamedEntity entity) {
            return entity == null ? null
                    : new EntityRef(entity.id(), entity.kind().name().toLowerCase(), entity.name(), "/api/entities/" + entity.id());
        }
    }

    record EntityInStory(EntityRef entity, int articles) {

        static EntityInStory of(EntityCount count) {
            return new EntityInStory(EntityRef.of(count.entity()), count.articles());
        }
    }

    record QuoteJson(String text, String speaker, EntityRef speakerEntity, String article, String outlet, Instant published,
            boolean partial) {

        static QuoteJson of(FiledQuote quote) {
            return new QuoteJson(quote.text(), quote.speaker(), EntityRef.of(quote.speakerEntity()), quote.articleId(),
                    quote.outletName(), quote.published(), quote.partial());
        }
    }

    record TimelineMark(String article, String outlet, Instant published, Instant updated) {

        static TimelineMark of(CoveredArticle article) {
            return new TimelineMark(article.id(), article.outlet(), article.published(), article.updated());
        }
    }

    record StoryDetail(StorySummary story, List<CoveredArticle> articles, List<SummarySentence> summary,
            List<EntityInStory> entities, List<QuoteJson> quotes, List<OutletFraming> framing, List<TimelineMark> timeline) {

        static StoryDetail of(StoryCoverage coverage) {
            return new StoryDetail(StorySummary.of(coverage.story()), coverage.articles(), coverage.summary(),
                    coverage.entities().stream().map(EntityInStory::of).toList(),
                    coverage.quoted().stream().flatMap(speaker -> speaker.quotes().stream()).map(QuoteJson::of).toList(),
                    coverage.framing(), coverage.articles().stream().map(TimelineMark::of).toList());
        }
    }

    record EntityDetail(EntityRef entity, List<StorySummary> stories, List<QuoteJson> quotes) {
    }
}
