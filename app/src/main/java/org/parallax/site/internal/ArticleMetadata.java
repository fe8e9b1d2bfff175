package org.parallax.site.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parallax.library.AccessLevel;
import org.parallax.library.Article;
import org.parallax.newsroom.Listing;
import org.parallax.newsroom.Listings;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Describes an article for link previews and search engines. Gated articles are marked the way
 * search engines ask for paywalled content: {@code isAccessibleForFree: false}, with {@code hasPart}
 * pointing at the {@code .paywalled} element that holds the gated text for entitled readers. Our
 * own articles name their authors (with their author pages), sections and tags as the newsroom filed them.
 */
@Component
class ArticleMetadata {

    static final String PAYWALLED_SELECTOR = ".paywalled";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final SiteAddress address;
    private final Listings listings;

    ArticleMetadata(SiteAddress address, Listings listings) {
        this.address = address;
        this.listings = listings;
    }

    ArticleMeta of(Article article) {
        String url = address.article(article.id());
        String description = article.dek() == null || article.dek().isBlank() ? null : article.dek();
        String published = article.published().toString();
        String modified = article.updated() == null ? null : article.updated().toString();
        return new ArticleMeta(ArticlePaths.page(article.id()), url, article.title(), description, published, modified,
                scriptSafe(JSON.writeValueAsString(newsArticle(article, url, description, published, modified))));
    }

    private Map<String, Object> newsArticle(Article article, String url, String description, String published,
            String modified) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("@context", "https://schema.org");
        json.put("@type", "NewsArticle");
        json.put("headline", article.title());
        if (description != null) {
            json.put("description", description);
        }
        json.put("url", url);
        json.put("mainEntityOfPage", url);
        json.put("datePublished", published);
        json.put("dateModified", modified == null ? published : modified);
        if (article.language() != null) {
            json.put("inLanguage", article.language());
        }
        List<String> authors = article.own() ? listings.namesOf(article.id(), Listing.Kind.AUTHOR) : List.of();
        if (!authors.isEmpty()) {
            List<Map<String, String>> people = authors.stream().map(name -> Map.of("@type", "Person", "name", name,
                    "url", address.of(Listing.Kind.AUTHOR.path() + Listing.slug(name)))).toList();
            json.put("author", people.size() == 1 ? people.getFirst() : people);
        } else if (article.byline() != null && !article.byline().isBlank()) {
            json.put("author", Map.of("@type", "Person", "name", article.byline()));
        }
        if (article.own()) {
            List<String> sections = listings.namesOf(article.id(), Listing.Kind.SECTION);
            if (!sections.isEmpty()) {
                json.put("articleSection", sections.size() == 1 ? sections.getFirst() : sections);
            }
            List<String> tags = listings.namesOf(article.id(), Listing.Kind.TAG);
            if (!tags.isEmpty()) {
                json.put("keywords", tags);
            }
        }
        json.put("publisher", Map.of("@type", "Organization", "name", article.outlet().name()));
        if (!article.own()) {
            json.put("isBasedOn", article.url());
        } else if (StoryBody.gated(article)) {
            json.put("isAccessibleForFree", false);
            json.put("hasPart", Map.of("@type", "WebPageElement", "isAccessibleForFree", false,
                    "cssSelector", PAYWALLED_SELECTOR));
        } else if (article.access() == AccessLevel.FREE) {
            json.put("isAccessibleForFree", true);
        }
        return json;
    }

    /**
     * JSON that cannot end its script element or open a comment in it: {@code <}, {@code >} and
     * {@code &} only occur inside JSON strings, where their unicode escapes mean the same.
     */
    static String scriptSafe(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
