package org.parallax.newsroom;

import java.util.List;

/**
 * What the newsroom knows of one of its published articles beyond what the library keeps: the
 * authors, sections and tags it is filed under, its lead image and the other outlets' coverage
 * the editors attached. Author, section and tag pages and the article page read it.
 *
 * @param leadImage null when the article has none
 */
public record ArticleDetails(String articleId, List<String> authors, List<String> sections, List<String> tags,
        LeadImage leadImage, List<CoverageLink> coverage) {

    public ArticleDetails {
        authors = List.copyOf(authors);
        sections = List.copyOf(sections);
        tags = List.copyOf(tags);
        coverage = List.copyOf(coverage);
    }

    /** The picture above the article, as declared by the editor (never fetched); width and height in pixels. */
    public record LeadImage(String url, String alt, int width, int height) {
    }

    /** Another outlet's coverage of the same story. */
    public record CoverageLink(String outlet, String url) {
    }
}
