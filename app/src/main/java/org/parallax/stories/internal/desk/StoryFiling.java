package org.parallax.stories.internal.desk;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.parallax.library.Article;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes stories and their members. A story's counts, dates and lead article are worked out
 * again from its members after each batch, so they never drift from what is filed.
 */
@Component
class StoryFiling {

    private final JdbcClient jdbc;

    StoryFiling(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Long> storyOf(long articleKey) {
        return jdbc.sql("select story_id from story_article where article_id = ?").param(articleKey).query(Long.class).optional();
    }

    Optional<Long> storyOf(String articleId) {
        return jdbc.sql("select sa.story_id from story_article sa join article a on a.id = sa.article_id where a.public_id = ?")
                .param(articleId).query(Long.class).optional();
    }

    long lastStoryId() {
        return jdbc.sql("select coalesce(max(id), 0) from story").query(Long.class).single();
    }

    void open(long storyId, Article lead, Instant published) {
        jdbc.sql("""
                insert into story (id, lead_article_id, headline, language, first_published, last_published, articles, outlets)
                values (?, ?, ?, ?, ?, ?, 1, 1)""")
                .params(storyId, lead.key(), lead.title(), lead.language(), published.toEpochMilli(), published.toEpochMilli())
                .update();
        add(storyId, lead, published, 0);
    }

    /**
     * Adds an article to a story. The article that opened the story takes the similarity of the
     * first one to join it, as the two are alike to the same degree; the lead is then the member
     * most like the story it joined.
     */
    void join(long storyId, Article article, Instant published, double similarity) {
        add(storyId, article, published, similarity);
        jdbc.sql("""
                update story_article set similarity = ?
                where similarity = 0 and article_id = (select lead_article_id from story where id = ?)""")
                .params(similarity, storyId)
                .update();
    }

    /** Files a syndicated copy with its original's story; it never leads it. */
    void addCopy(long storyId, Article copy, Instant published) {
        add(storyId, copy, published, -1);
    }

    /**
     * Moves an article the clusterer regrouped, with the syndicated copies filed beside it, from one
     * story to another. When {@code opened}, the other story is new and is written first, led by
     * the article until the refresh works its fields out again.
     */
    void move(String articleId, long fromStory, long toStory, boolean opened) {
        if (opened) {
            jdbc.sql("""
                    insert into story (id, lead_article_id, headline, language, first_published, last_published, articles, outlets)
                    select ?, a.id, a.title, a.language, sa.published_at, sa.published_at, 1, 1
                    from article a join story_article sa on sa.article_id = a.id where a.public_id = ?""")
                    .params(toStory, articleId)
                    .update();
        }
        jdbc.sql("""
                update story_article set story_id = ?
                where story_id = ? and article_id in (select a.id from article a left join article o on o.id = a.copy_of
                                                      where a.public_id = ? or o.public_id = ?)""")
                .params(toStory, fromStory, articleId, articleId)
                .update();
    }

    /** Deletes those of the stories that no article belongs to any more; returns them. */
    List<Long> dropEmpty(Collection<Long> storyIds) {
        List<Long> dropped = new ArrayList<>();
        for (long id : storyIds) {
            int deleted = jdbc.sql("delete from story where id = ? and not exists (select 1 from story_article where story_id = ?)")
                    .params(id, id)
                    .update();
            if (deleted > 0) {
                dropped.add(id);
            }
        }
        return dropped;
    }

    /** Stories whose lead article is gone (withdrawn from the library). */
    List<Long> leaderless() {
        return jdbc.sql("select id from story where lead_article_id is null").query(Long.class).list();
    }

    /** Those of these stories that still hold an article. */
    List<Long> withArticles(Collection<Long> storyIds) {
        return storyIds.stream()
                .filter(id -> jdbc.sql("select count(*) from story_article where story_id = ?").param(id).query(Long.class).single() > 0)
                .toList();
    }

    void refresh(Collection<Long> storyIds) {
        for (long id : storyIds) {
            jdbc.sql("""
                    update story set
                      articles = (select count(*) from story_article where story_id = ?),
                      outlets = (select count(distinct a.outlet_id) from story_article sa join article a on a.id = sa.article_id
                                 where sa.story_id = ? and a.copy_of is null),
                      first_published = (select min(published_at) from story_article where story_id = ?),
                      last_published = (select max(published_at) from story_article where story_id = ?),
                      lead_article_id = (select article_id from story_article where story_id = ?
                                         order by similarity desc, published_at, article_id limit 1)
                    where id = ?""")
                    .params(id, id, id, id, id, id)
                    .update();
            jdbc.sql("update story set headline = (select title from article where id = story.lead_article_id) where id = ?")
                    .param(id)
                    .update();
        }
    }

    private void add(long storyId, Article article, Instant published, double similarity) {
        jdbc.sql("""
                insert into story_article (article_id, story_id, published_at, similarity, assigned_at)
                values (?, ?, ?, ?, ?)""")
                .params(article.key(), storyId, published.toEpochMilli(), similarity, System.currentTimeMillis())
                .update();
    }
}
