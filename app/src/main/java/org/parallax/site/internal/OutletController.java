package org.parallax.site.internal;

import org.parallax.library.ArticleFilter;
import org.parallax.library.Library;
import org.parallax.library.Outlet;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class OutletController {

    private static final int LATEST = 30;

    private final Library library;

    OutletController(Library library) {
        this.library = library;
    }

    @GetMapping("/outlets")
    String outlets(Model model) {
        model.addAttribute("outlets", library.outlets());
        return "site/outlets";
    }

    @GetMapping("/outlets/{slug}")
    String outlet(@PathVariable String slug, Model model) {
        Outlet outlet = library.outlet(slug).orElseThrow(() -> new PageNotFound("There is no outlet at this address."));
        model.addAttribute("outlet", outlet);
        model.addAttribute("articles", library.articles(ArticleFilter.latest(LATEST).fromOutlet(slug)).stream()
                .map(ArticleCard::of).toList());
        return "site/outlet";
    }
}
