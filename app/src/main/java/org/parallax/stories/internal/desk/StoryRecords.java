package org.parallax.stories.internal.desk;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.parallax.stories.Entity;
import org.parallax.stories.EntityCount;
import org.parallax.stories.FiledQuote;
import org.parallax.stories.NamedEntity;
import org.parallax.stories.Story;
import org.parallax.stories.StoryFilter;
import org.parallax.stories.StoryLink;
import org.parallax.stories.StoryMembership;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads what the desk filed. */
@Component
class StoryRecords {

    private static final String STORY = """
            select s.id, s.headline, a.public_id as lead, s.language, s.first_published, s.last_published,
                   s.articles, s.outlets
            from story s join article a on a.id = s.lead_article_id
            """;
    private static final RowMapper<Story> STORY_ROW = (rs, row) -> new Story(rs.getLong("id"), rs.getString("headline"),
            rs.getString("lead"), rs.getString("language"), Instant.ofEpochMilli(rs.getLong("first_published")),
            Instant.ofEpochMilli(rs.getLong("last_published")), rs.getInt("articles"), rs.getInt("outlets"));
    private static final String QUOTE = """
            select a.public_id, o.name as outlet, sa.published_at, q.speaker, e.id as entity_id, e.kind, e.name,
                   q.text, q.partial
            from quote q join article a on a.id = q.article_id join outlet o on o.id = a.outlet_id
            join story_article sa on sa.article_id = q.article_id
            left join entity e on e.id = q.entity_id
            """;
    private static final RowMapper<FiledQuote> QUOTE_ROW = (rs, row) -> {
        long entityId = rs.getLong("entity_id");
        NamedEntity speaker = rs.wasNull() ? null : new NamedEntity(entityId,
                new Entity(Entity.Kind.valueOf(rs.getString("kind")), rs.getString("name")));
        return new FiledQuote(rs.getString("public_id"), rs.getString("outlet"), Instant.ofEpochMilli(rs.getLong("published_at")),
                rs.getString("speaker"), speaker, rs.getString("text"), rs.getBoolean("partial"));
    };
    private static final RowMapper<NamedEntity> ENTITY_ROW = (rs, row) -> new NamedEntity(rs.getLong("id"),
            new Entity(Entity.Kind.valueOf(rs.getString("kind")), rs.getString("name")));

    private static final int IDS_PER_LOOKUP = 400;

    private final JdbcClient jdbc;

    StoryRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Story> story(long id) {
        return jdbc.sql(STORY + " where s.id = ?").param(id).query(STORY_ROW).optional();
    }

    List<Story> stories(StoryFilter filter) {
        StringBuilder sql = new StringBuilder(STORY).append(" where 1 = 1");
        List<Object> params = new ArrayList<>();
        if (filter.from() != null) {
            sql.append(" and s.last_published >= ?");
            params.add(filter.from().toEpochMilli());
        }
        if (filter.to() != null) {
            sql.append(" and s.first_published <= ?");
            params.add(filter.to().toEpochMilli());
        }
        if (filter.entityId() != null) {
            sql.append(" and exists (select 1 from story_article sa join article_entity ae on ae.article_id = sa.article_id"
                    + " where sa.story_id = s.id and ae.entity_id = ?)");
            params.add(filter.entityId());
        }
        sql.append(" order by s.last_published desc, s.id desc limit ? offset ?");
        params.add(filter.pageSize());
        params.add(filter.offset());
        return jdbc.sql(sql.toString()).params(params).query(STORY_ROW).list();
    }

    List<Story> widestStories(Instant from, Instant to, int limit) {
        return jdbc.sql(STORY + " where s.last_published >= ? and s.first_published < ?"
                        + " order by s.outlets desc, s.last_published desc, s.id desc limit ?")
                .params(from.toEpochMilli(), to.toEpochMilli(), limit)
                .query(STORY_ROW)
                .list();
    }

    List<EntityCount> entitiesNamedBetween(Instant from, Instant to, int limit) {
        return jdbc.sql("""
                select e.id, e.kind, e.name, count(*) as articles
                from article a join article_entity ae on ae.article_id = a.id join entity e on e.id = ae.entity_id
                where a.published_at >= ? and a.published_at < ? and a.copy_of is null
                group by e.id, e.kind, e.name order by articles desc, e.name limit ?""")
                .params(from.toEpochMilli(), to.toEpochMilli(), limit)
                .query((rs, row) -> new EntityCount(ENTITY_ROW.mapRow(rs, row), rs.getInt("articles")))
                .list();
    }

    Optional<StoryLink> storyOf(String articleId) {
        return jdbc.sql("""
                select s.id, s.articles, s.outlets from story_article sa join article a on a.id = sa.article_id
                join story s on s.id = sa.story_id where a.public_id = ?""")
                .param(articleId)
                .query((rs, row) -> new StoryLink(rs.getLong(1), rs.getInt(2), rs.getInt(3)))
                .optional();
    }

    Map<String, Story> storiesOfArticles(Collection<String> articleIds) {
        Map<String, Story> filed = new HashMap<>();
        List<String> ids = List.copyOf(new LinkedHashSet<>(articleIds));
        for (int from = 0; from < ids.size(); from += IDS_PER_LOOKUP) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + IDS_PER_LOOKUP));
            String marks = String.join(", ", chunk.stream().map(id -> "?").toList());
            jdbc.sql(STORY.replace("from story s", ", m.public_id as member from story s")
                            + " join story_article sa on sa.story_id = s.id join article m on m.id = sa.article_id"
                            + " where m.public_id in (" + marks + ")")
                    .params(List.copyOf(chunk))
                    .query(rs -> {
                        filed.put(rs.getString("member"), STORY_ROW.mapRow(rs, 0));
                    });
        }
        return filed;
    }

    List<String> articleIds(long storyId) {
        return jdbc.sql("""
                select a.public_id from story_article sa join article a on a.id = sa.article_id
                where sa.story_id = ? order by sa.published_at, sa.article_id""")
                .param(storyId).query(String.class).list();
    }

    List<EntityCount> entitiesOf(long storyId, int limit) {
        return jdbc.sql("""
                select e.id, e.kind, e.name, count(*) as articles
                from story_article sa join article_entity ae on ae.article_id = sa.article_id join entity e on e.id = ae.entity_id
                where sa.story_id = ? group by e.id, e.kind, e.name order by articles desc, e.name limit ?""")
                .params(storyId, limit)
                .query((rs, row) -> new EntityCount(ENTITY_ROW.mapRow(rs, row), rs.getInt("articles")))
                .list();
    }

    List<FiledQuote> quotesIn(long storyId) {
        return jdbc.sql(QUOTE + " where sa.story_id = ? order by sa.published_at, q.article_id, q.position")
                .param(storyId).query(QUOTE_ROW).list();
    }

    Optional<NamedEntity> entity(long id) {
        return jdbc.sql("select id, kind, name from entity where id = ?").param(id).query(ENTITY_ROW).optional();
    }

    List<NamedEntity> entitiesOfArticle(String articleId) {
        return jdbc.sql("""
                select e.id, e.kind, e.name from article_entity ae join entity e on e.id = ae.entity_id
                join article a on a.id = ae.article_id where a.public_id = ? order by ae.first_at""")
                .param(articleId).query(ENTITY_ROW).list();
    }

    List<FiledQuote> quotesBy(long entityId, int limit) {
        return jdbc.sql(QUOTE + " where q.entity_id = ? order by sa.published_at desc, q.article_id, q.position limit ?")
                .params(entityId, limit).query(QUOTE_ROW).list();
    }

    void memberships(Consumer<StoryMembership> sink) {
        jdbc.sql("""
                select a.public_id, a.url, sa.story_id from story_article sa join article a on a.id = sa.article_id
                order by sa.article_id""")
                .query(rs -> {
                    sink.accept(new StoryMembership(rs.getString(1), rs.getString(2), rs.getLong(3)));
                });
    }
}
