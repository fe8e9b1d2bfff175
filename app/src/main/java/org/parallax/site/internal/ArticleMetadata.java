package org.parallax.site.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.parallax.library.AccessLevel;
import org.parallax.library.Article;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Describes an article for link previews and search engines. Gated articles are marked the way
 * search engines ask for paywalled content: {@code isAccessibleForFree: false}, with {@code hasPart}
 * pointing at the {@code .paywalled} element that holds the gated text for entitled readers.
 */
@Component
class ArticleMetadata {

    static final String PAYWALLED_SELECTOR = ".paywalled";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final SiteAddress address;

    ArticleMetadata(SiteAddress address) {
        this.address = address;
    }

    ArticleMeta of(Article article) {
        String url = address.article(article.id());
        String description = article.dek() == null || article.dek().isBlank() ? null : article.dek();
        String published = article.published().toString();
        String modified = article.updated() == null ? null : article.updated().toString();
        return new ArticleMeta(ArticlePaths.page(article.id()), url, article.title(), description, published, modified,
                scriptSafe(JSON.writeValueAsString(newsArticle(article, url, description, published, modified))));
    }

    private static Map<String, Object> newsArticle(Article article, String url, String description, String published,
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
        if (article.byline() != null && !article.byline().isBlank()) {
            json.put("author", Map.of("@type", "Person", "name", article.byline()));
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
