package org.parallax.ingest.internal.follow;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.parallax.ingest.FeedStatus;
import org.parallax.ingest.Feeds;
import org.parallax.ingest.InvalidFeed;
import org.parallax.library.InvalidOutlet;
import org.parallax.library.Library;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admin page of outlets and feeds: what is followed, how polling goes, and the changes to make. */
@Controller
@RequestMapping("/admin/feeds")
class FeedAdminController {

    private final Feeds feeds;
    private final Library library;

    FeedAdminController(Feeds feeds, Library library) {
        this.feeds = feeds;
        this.library = library;
    }

    @GetMapping
    String page(Model model, @RequestParam(required = false) String done, @RequestParam(required = false) String error) {
        List<FeedStatus> all = feeds.all();
        List<OutletFeeds> outlets = library.outlets().stream()
                .map(outlet -> new OutletFeeds(outlet, all.stream().filter(f -> f.outletSlug().equals(outlet.slug())).toList()))
                .toList();
        model.addAttribute("outlets", outlets);
        model.addAttribute("done", done);
        model.addAttribute("error", error);
        return "ingest/feeds";
    }

    @PostMapping("/follow")
    String follow(@RequestParam String outlet, @RequestParam String url, @RequestParam(defaultValue = "30") int minutes,
            RedirectAttributes redirect) {
        return act(redirect, () -> "Following " + feeds.follow(outlet, url, Duration.ofMinutes(minutes)).url());
    }

    @PostMapping("/{id}/change")
    String change(@PathVariable long id, @RequestParam String url, @RequestParam int minutes, RedirectAttributes redirect) {
        return act(redirect, () -> "Changed " + feeds.change(id, url, Duration.ofMinutes(minutes)).url());
    }

    @PostMapping("/{id}/pause")
    String pause(@PathVariable long id, RedirectAttributes redirect) {
        return act(redirect, () -> "Paused " + feeds.pause(id).url());
    }

    @PostMapping("/{id}/resume")
    String resume(@PathVariable long id, RedirectAttributes redirect) {
        return act(redirect, () -> "Resumed " + feeds.resume(id).url());
    }

    @PostMapping("/{id}/unfollow")
    String unfollow(@PathVariable long id, RedirectAttributes redirect) {
        return act(redirect, () -> {
            String url = feeds.feed(id).map(FeedStatus::url).orElse("feed " + id);
            feeds.unfollow(id);
            return "Unfollowed " + url;
        });
    }

    @PostMapping("/outlets")
    String addOutlet(@RequestParam String name, @RequestParam(required = false) String home, RedirectAttributes redirect) {
        return act(redirect, () -> "Added " + library.addOutlet(name, home).name());
    }

    @PostMapping("/outlets/{slug}/edit")
    String editOutlet(@PathVariable String slug, @RequestParam String name, @RequestParam(required = false) String home,
            RedirectAttributes redirect) {
        return act(redirect, () -> "Saved " + library.editOutlet(slug, name, home == null ? "" : home).name());
    }

    @PostMapping("/outlets/{slug}/remove")
    String removeOutlet(@PathVariable String slug, RedirectAttributes redirect) {
        return act(redirect, () -> {
            feeds.removeOutlet(slug);
            return "Removed " + slug;
        });
    }

    /** Post, then redirect back with what happened, so a reload never repeats a change. */
    private static String act(RedirectAttributes redirect, Supplier<String> change) {
        try {
            redirect.addAttribute("done", change.get());
        } catch (InvalidFeed | InvalidOutlet e) {
            redirect.addAttribute("error", e.getMessage());
        }
        return "redirect:/admin/feeds";
    }
}
