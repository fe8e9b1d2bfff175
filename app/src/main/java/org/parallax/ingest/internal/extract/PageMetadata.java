package org.parallax.ingest.internal.extract;

import java.net.URI;
import java.time.Instant;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a page says about its article outside the text: JSON-LD first, then Open Graph and other
 * meta tags, then the markup ({@code <h1>}, {@code <time>}, {@code rel=author}). Read before the
 * page is cleaned, since cleaning removes the header and byline that some of these come from.
 */
final class PageMetadata {

    private static final Pattern BY = Pattern.compile("^(by|von|par|por|di|door)\\s+", Pattern.CASE_INSENSITIVE);
    private static final int LONGEST_BYLINE = 120;

    private final Document page;
    private final JsonLd jsonLd;

    PageMetadata(Document page) {
        this.page = page;
        this.jsonLd = JsonLd.of(page);
    }

    String title() {
        String title = first(jsonLd.headline(), meta("og:title"), meta("twitter:title"));
        if (title == null) {
            Element h1 = page.selectFirst("h1");
            title = h1 != null && !h1.text().isBlank() ? h1.text() : null;
        }
        if (title == null) {
            title = Titles.withoutSiteName(page.title(), meta("og:site_name"));
        }
        return title == null || title.isBlank() ? null : Titles.withoutSiteName(title, meta("og:site_name"));
    }

    String byline() {
        String byline = first(jsonLd.author(), meta("author"), meta("article:author"), meta("dc.creator"),
                meta("parsely-author"), meta("sailthru.author"));
        if (byline == null || byline.startsWith("http")) {
            Element marked = page.selectFirst("[rel=author], [itemprop=author], .byline, .author, .article-author, "
                    + ".post-author, .entry-author, .author-name");
            byline = marked == null ? null : marked.text();
        }
        if (byline == null || byline.isBlank() || byline.startsWith("http")) {
            return null;
        }
        byline = BY.matcher(byline.strip()).replaceFirst("");
        return byline.length() > LONGEST_BYLINE ? null : byline;
    }

    Instant published() {
        Instant date = PageDates.parse(first(jsonLd.datePublished(), meta("article:published_time"),
                meta("og:published_time"), meta("datePublished"), meta("pubdate"), meta("publishdate"),
                meta("date"), meta("dc.date.issued"), meta("dc.date"), meta("dcterms.created"),
                itemprop("datePublished")));
        if (date == null) {
            Element time = page.selectFirst("time[pubdate][datetime], article time[datetime], time[datetime]");
            date = time == null ? null : PageDates.parse(time.attr("datetime"));
        }
        return date;
    }

    Instant updated() {
        return PageDates.parse(first(jsonLd.dateModified(), meta("article:modified_time"), meta("og:updated_time"),
                meta("dateModified"), meta("last-modified"), meta("dcterms.modified"), itemprop("dateModified")));
    }

    String language() {
        String language = first(page.selectFirst("html") == null ? null : page.selectFirst("html").attr("lang"),
                meta("og:locale"), httpEquiv("content-language"), meta("language"), meta("dc.language"));
        if (language == null) {
            return null;
        }
        language = language.strip().replace('_', '-');
        int comma = language.indexOf(',');
        return comma > 0 ? language.substring(0, comma).strip() : language;
    }

    String canonicalUrl(URI location) {
        Element link = page.selectFirst("link[rel~=(?i)^canonical$][href]");
        return resolved(link != null ? link.attr("href") : meta("og:url"), location);
    }

    String leadImage(URI location) {
        return resolved(first(meta("og:image"), meta("og:image:url"), meta("og:image:secure_url"),
                jsonLd.image(), meta("twitter:image")), location);
    }

    String description() {
        return first(meta("description"), meta("og:description"), meta("twitter:description"),
                jsonLd.description());
    }

    /** The content of a meta tag named by {@code name} or {@code property}, case-blind. */
    private String meta(String key) {
        for (Element meta : page.getElementsByTag("meta")) {
            String name = meta.hasAttr("property") ? meta.attr("property") : meta.attr("name");
            if (name.isEmpty()) {
                name = meta.attr("itemprop");
            }
            if (name.equalsIgnoreCase(key)) {
                String content = meta.attr("content").strip();
                if (!content.isEmpty()) {
                    return content;
                }
            }
        }
        return null;
    }

    private String httpEquiv(String key) {
        Element meta = page.selectFirst("meta[http-equiv~=(?i)^" + Pattern.quote(key) + "$][content]");
        return meta == null ? null : meta.attr("content");
    }

    private String itemprop(String key) {
        Element element = page.selectFirst("[itemprop=" + key + "]");
        if (element == null) {
            return null;
        }
        for (String attribute : new String[] {"content", "datetime"}) {
            if (element.hasAttr(attribute)) {
                return element.attr(attribute);
            }
        }
        return element.text();
    }

    private static String resolved(String url, URI location) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String trimmed = url.strip();
        if (location == null) {
            return trimmed;
        }
        try {
            return location.resolve(trimmed.replace(" ", "%20")).toString();
        } catch (IllegalArgumentException notAUri) {
            return trimmed;
        }
    }

    private static String first(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate.strip();
            }
        }
        return null;
    }
}
