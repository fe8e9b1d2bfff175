package org.parallax.ingest.internal.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The schema.org article a page describes in JSON-LD, if any: the first object typed as an
 * article, found in any script, in {@code @graph} or in arrays. Broken JSON is skipped.
 */
final class JsonLd {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> ARTICLE_TYPES = Set.of("Article", "NewsArticle", "BlogPosting",
            "ReportageNews", "AnalysisNewsArticle", "OpinionNewsArticle", "LiveBlogPosting", "ScholarlyArticle",
            "TechArticle", "Report", "WebPage", "Blog", "Posting", "SocialMediaPosting");
    private static final int MAX_SCRIPT = 2_000_000;

    private final JsonNode article;
    private final List<JsonNode> all;

    private JsonLd(JsonNode article, List<JsonNode> all) {
        this.article = article;
        this.all = all;
    }

    static JsonLd of(Document page) {
        List<JsonNode> objects = new ArrayList<>();
        for (Element script : page.select("script[type~=(?i)application/ld\\+json]")) {
            String json = script.data();
            if (json.length() > MAX_SCRIPT) {
                continue;
            }
            try {
                collect(JSON.readTree(json.strip()), objects, 0);
            } catch (JacksonException broken) {
                // many pages ship JSON-LD with a stray comma or an HTML comment; the rest still counts
            }
        }
        JsonNode best = null;
        int bestRank = Integer.MAX_VALUE;
        for (JsonNode object : objects) {
            int rank = rank(object);
            if (rank < bestRank) {
                best = object;
                bestRank = rank;
            }
        }
        return new JsonLd(best, objects);
    }

    /** Lower is better: a news article before a plain page, anything with a headline before nothing. */
    private static int rank(JsonNode object) {
        List<String> types = strings(object.get("@type"));
        for (String type : types) {
            if (type.endsWith("Article") || type.equals("BlogPosting") || type.equals("ReportageNews")) {
                return 0;
            }
        }
        for (String type : types) {
            if (ARTICLE_TYPES.contains(type)) {
                return object.has("headline") ? 1 : 2;
            }
        }
        return object.has("headline") ? 3 : Integer.MAX_VALUE;
    }

    private static void collect(JsonNode node, List<JsonNode> into, int depth) {
        if (node == null || depth > 6) {
            return;
        }
        if (node.isArray()) {
            node.forEach(item -> collect(item, into, depth + 1));
        } else if (node.isObject()) {
            into.add(node);
            collect(node.get("@graph"), into, depth + 1);
            collect(node.get("mainEntity"), into, depth + 1);
        }
    }

    String headline() {
        return text("headline");
    }

    String datePublished() {
        return text("datePublished");
    }

    String dateModified() {
        return text("dateModified");
    }

    String description() {
        return text("description");
    }

    /** Author names, joined; an author given only by {@code @id} is looked up in the page's graph. */
    String author() {
        if (article == null) {
            return null;
        }
        List<String> names = new ArrayList<>();
        JsonNode authors = article.get("author");
        if (authors == null) {
            authors = article.get("creator");
        }
        List<JsonNode> list = new ArrayList<>();
        if (authors != null && authors.isArray()) {
            authors.forEach(list::add);
        } else if (authors != null) {
            list.add(authors);
        }
        for (JsonNode author : list) {
            String name = author.isString() ? author.asString() : nameOf(author);
            if (name != null && !name.isBlank() && !names.contains(name.strip())) {
                names.add(name.strip());
            }
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    String image() {
        if (article == null) {
            return null;
        }
        JsonNode image = article.get("image");
        if (image != null && image.isArray() && !image.isEmpty()) {
            image = image.get(0);
        }
        if (image == null) {
            return null;
        }
        if (image.isString()) {
            return image.asString();
        }
        JsonNode url = image.has("url") ? image.get("url") : image.get("contentUrl");
        return url != null && url.isString() ? url.asString() : null;
    }

    private String nameOf(JsonNode author) {
        JsonNode name = author.get("name");
        if (name != null && name.isString()) {
            return name.asString();
        }
        JsonNode id = author.get("@id");
        if (id != null && id.isString()) {
            for (JsonNode object : all) {
                JsonNode otherId = object.get("@id");
                JsonNode otherName = object.get("name");
                if (object != author && otherId != null && id.asString().equals(otherId.asString())
                        && otherName != null && otherName.isString()) {
                    return otherName.asString();
                }
            }
        }
        return null;
    }

    private String text(String field) {
        if (article == null) {
            return null;
        }
        JsonNode value = article.get(field);
        return value != null && value.isString() && !value.asString().isBlank() ? value.asString().strip() : null;
    }

    private static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node != null && node.isArray()) {
            node.forEach(item -> out.add(item.asString("")));
        } else if (node != null) {
            out.add(node.asString(""));
        }
        return out;
    }
}
