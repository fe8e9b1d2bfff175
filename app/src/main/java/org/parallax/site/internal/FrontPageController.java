package org.parallax.site.internal;

import java.util.Arrays;
import java.util.List;
import org.parallax.access.HouseAds;
import org.parallax.access.Visitor;
import org.parallax.library.ArticleFilter;
import org.parallax.library.ArticleKind;
import org.parallax.library.Library;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class FrontPageController {

    private static final int OWN_ARTICLES = 12;
    private static final int PER_KIND = 6;

    private final Library library;
    private final HouseAds houseAds;

    FrontPageController(Library library, HouseAds houseAds) {
        this.library = library;
        this.houseAds = houseAds;
    }

    @GetMapping("/")
    String front(Visitor visitor, Model model) {
        List<ArticleCard> own = library.articles(ArticleFilter.latest(OWN_ARTICLES).ownOnly()).stream()
                .map(ArticleCard::of).toList();
        List<KindGroup> coverage = Arrays.stream(ArticleKind.values())
                .map(kind -> new KindGroup(kind.label(), library.articles(ArticleFilter.latest(PER_KIND).externalOnly().ofKind(kind).originalsOnly())
                        .stream().map(ArticleCard::of).toList()))
                .filter(group -> !group.articles().isEmpty())
                .toList();
        model.addAttribute("own", own);
        model.addAttribute("coverage", coverage);
        model.addAttribute("houseAd", houseAds.slotFor(visitor).orElse(null));
        return "site/front";
    }
}
