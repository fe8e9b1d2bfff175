package org.parallax.site.internal;

import org.parallax.access.AccessPolicy;
import org.parallax.access.HouseAds;
import org.parallax.access.Meter;
import org.parallax.access.Reach;
import org.parallax.access.ReadableText;
import org.parallax.access.Visitor;
import org.parallax.library.Article;
import org.parallax.library.Library;
import org.parallax.newsroom.Corrections;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.parallax.stories.Stories;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class ArticleController {

    private final Library library;
    private final AccessPolicy access;
    private final ArticleMetadata metadata;
    private final Meter meter;
    private final HouseAds houseAds;
    private final Stories stories;
    private final Corrections corrections;

    ArticleController(Library library, AccessPolicy access, ArticleMetadata metadata, Meter meter, HouseAds houseAds,
            Stories stories, Corrections corrections) {
        this.corrections = corrections;
        this.stories = stories;
        this.library = library;
        this.access = access;
        this.metadata = metadata;
        this.meter = meter;
        this.houseAds = houseAds;
    }

    @GetMapping("/articles/{id}")
    String article(@PathVariable String id, Visitor visitor, Model model,
            @RequestParam(required = false) String unlocked, @RequestParam(required = false) String sent) {
        ReadableText readable = show(id, visitor, model);
        model.addAttribute("paywall", Paywall.of(id, visitor, meter.offer(visitor),
                readable.entitlement().reach() == Reach.TEASER, unlocked, sent));
        model.addAttribute("houseAd", houseAds.slotFor(visitor).orElse(null));
        model.addAttribute("coverage", stories.storyOf(id).filter(link -> link.articles() > 1).orElse(null));
        return "site/article";
    }

    /** The same text as the article page, without the site around it, for paper or PDF. */
    @GetMapping("/articles/{id}/print")
    String print(@PathVariable String id, Visitor visitor, Model model) {
        show(id, visitor, model);
        return "site/print";
    }

    private ReadableText show(String id, Visitor visitor, Model model) {
        Article article = library.article(id).orElseThrow(() -> new PageNotFound("There is no article at this address."));
        Article original = article.isCopy() ? library.article(article.copyOf()).orElse(null) : null;
        ReadableText readable = access.readable(article, visitor);
        model.addAttribute("page", ArticlePage.of(article, readable, original, library.copiesOf(article.id())));
        model.addAttribute("body", StoryBody.of(article, readable, access));
        model.addAttribute("meta", metadata.of(article));
        model.addAttribute("changes", ArticleChanges.of(article, library, corrections));
        return readable;
    }
}
