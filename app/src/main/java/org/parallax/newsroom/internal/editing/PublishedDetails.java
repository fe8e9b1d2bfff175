package org.parallax.newsroom.internal.editing;

import java.util.List;
import java.util.Optional;
import org.parallax.newsroom.ArticleDetails;
import org.parallax.newsroom.NewsroomArticles;
import org.springframework.stereotype.Service;

@Service
class PublishedDetails implements NewsroomArticles {

    private final DeskArticles articles;

    PublishedDetails(DeskArticles articles) {
        this.articles = articles;
    }

    @Override
    public Optional<ArticleDetails> details(String articleId) {
        return articles.find(articleId).filter(article -> article.state() == DeskState.PUBLISHED).map(PublishedDetails::details);
    }

    @Override
    public List<ArticleDetails> published(int limit) {
        return articles.list(DeskState.PUBLISHED, limit).stream()
                .sorted((a, b) -> b.publishedAt().compareTo(a.publishedAt()))
                .map(PublishedDetails::details)
                .toList();
    }

    private static ArticleDetails details(DeskArticle article) {
        Copy copy = article.copy();
        LeadImage image = copy.leadImage();
        List<ArticleDetails.CoverageLink> coverage = copy.coverage().lines()
                .map(SourceLine::parse)
                .filter(line -> line.ok() && line.citation().url() != null)
                .map(line -> new ArticleDetails.CoverageLink(line.citation().name(), line.citation().url()))
                .toList();
        return new ArticleDetails(article.articleId(), copy.authorList(), copy.sectionList(), copy.tagList(),
                image == null ? null : new ArticleDetails.LeadImage(image.url(), image.alt(), image.width(), image.height()),
                coverage);
    }
}
