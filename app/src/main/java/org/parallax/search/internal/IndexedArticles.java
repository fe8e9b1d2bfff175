package org.parallax.search.internal;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.parallax.access.AccessPolicy;
import org.parallax.access.Reach;
import org.parallax.library.AccessLevel;
import org.parallax.library.Article;
import org.parallax.library.Block;
import org.parallax.search.EntityNames;
import org.parallax.search.IndexedArticle;
import org.parallax.stories.Entity;
import org.parallax.stories.EntityFinder;

/**
 * Splits an article into what anyone may read and what only entitled readers may, using the same
 * access policy as every other route. Another outlet's article is searchable in full, as an
 * aggregator's is: a search snippet quotes one short passage of it, never more, and the page
 * itself shows only the excerpt and a link to the original.
 */
final class IndexedArticles {

    private final AccessPolicy accessPolicy;
    private final EntityFinder entityFinder;

    IndexedArticles(AccessPolicy accessPolicy, EntityFinder entityFinder) {
        this.accessPolicy = accessPolicy;
        this.entityFinder = entityFinder;
    }

    IndexedArticle of(Article article) {
        List<Block> open = accessPolicy.open(article).entitlement().reach() == Reach.EXCERPT
                ? article.body()
                : accessPolicy.open(article).blocks();
        return new IndexedArticle(article.id(), article.url(), article.title(), article.dek(), article.byline(),
                article.outlet().slug(), article.outlet().name(), article.own(), article.kind().code(),
                article.language(), article.published(), text(open), gatedText(article, open), entities(article));
    }

    /**
     * The entities an entity filter may match. A gated article's come from its title and dek
     * alone: a filter that found it by a name in the body would give a word of that body away.
     */
    private EntityNames entities(Article article) {
        List<String> readable = gated(article)
                ? Stream.ofNullable(article.dek()).filter(dek -> !dek.isBlank()).toList()
                : article.body().stream().map(Block::text).filter(text -> !text.isBlank()).toList();
        Map<Entity.Kind, Set<String>> names = new EnumMap<>(Entity.Kind.class);
        for (Entity.Kind kind : Entity.Kind.values()) {
            names.put(kind, new LinkedHashSet<>());
        }
        for (Entity entity : entityFinder.entities(article.title(), readable)) {
            names.get(entity.kind()).add(entity.canonicalName());
        }
        return new EntityNames(names.get(Entity.Kind.PERSON), names.get(Entity.Kind.PLACE), names.get(Entity.Kind.ORGANIZATION));
    }

    private static boolean gated(Article article) {
        return article.own() && article.access() != AccessLevel.FREE;
    }

    /** The body past the teaser; the teaser is the body's opening blocks, so the rest starts where it ends. */
    private static String gatedText(Article article, List<Block> open) {
        if (!gated(article)) {
            return "";
        }
        List<Block> body = article.body();
        int teaser = 0;
        while (teaser < open.size() && teaser < body.size() && body.get(teaser).equals(open.get(teaser))) {
            teaser++;
        }
        return text(body.subList(teaser, body.size()));
    }

    private static String text(List<Block> blocks) {
        return blocks.stream().map(Block::text).collect(Collectors.joining("\n\n"));
    }
}
