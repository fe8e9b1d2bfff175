package org.parallax.site.internal;

import org.parallax.stories.NamedEntity;
import org.parallax.stories.Stories;
import org.parallax.stories.StoryCoverage;
import org.parallax.stories.StoryFilter;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Story pages (one event, every outlet side by side) and entity pages (a person's, place's or body's stories and quotes). */
@Controller
class StoryController {

    private static final int LATEST = 30;
    private static final int QUOTES = 40;

    private final Stories stories;

    StoryController(Stories stories) {
        this.stories = stories;
    }

    @GetMapping("/stories")
    String latest(Model model) {
        model.addAttribute("stories", stories.stories(StoryFilter.latest(LATEST)));
        return "site/stories";
    }

    @GetMapping("/stories/{id}")
    String story(@PathVariable String id, Model model) {
        StoryCoverage coverage = stories.coverage(number(id)).orElseThrow(StoryController::missing);
        model.addAttribute("coverage", coverage);
        return "site/story";
    }

    @GetMapping("/entities/{id}")
    String entity(@PathVariable String id, Model model) {
        NamedEntity entity = stories.entity(number(id))
                .orElseThrow(() -> new PageNotFound("No person, place or organization has this address."));
        model.addAttribute("entity", entity);
        model.addAttribute("stories", stories.stories(new StoryFilter(null, null, entity.id(), 1, LATEST)));
        model.addAttribute("quotes", stories.quotesBy(entity.id(), QUOTES));
        return "site/entity";
    }

    private static long number(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw missing();
        }
    }

    private static PageNotFound missing() {
        return new PageNotFound("There is no story at this address.");
    }
}
