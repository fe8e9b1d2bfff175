package org.parallax.reviews.internal.web;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.parallax.access.Visitor;
import org.parallax.reviews.Edition;
import org.parallax.reviews.Editions;
import org.parallax.reviews.Review;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The web archive of past editions. The newsletter's is public; the Daily and Weekly Review are
 * for All-Access subscribers and staff, and everyone else sees only their dates and subjects with
 * an offer to subscribe, never a body. An edition is shown as it went out, its per-recipient links
 * pointing at the email settings of whoever opens it.
 */
@Controller
class ArchiveController {

    static final int PAGE_SIZE = 30;

    /** Where an archived edition's unsubscribe and preference links lead: they name no one. */
    static final String SETTINGS = "/account/emails";

    /**
     * An archived email is a document of its own, styled inline as mail clients need; it may be
     * framed by our edition page only, and runs nothing.
     */
    static final String EMAIL_POLICY = String.join("; ", "default-src 'none'", "style-src 'unsafe-inline'",
            "img-src 'self' data: https:", "base-uri 'none'", "form-action 'none'", "frame-ancestors 'self'");

    private final Editions editions;

    ArchiveController(Editions editions) {
        this.editions = editions;
    }

    @GetMapping("/reviews/{review}")
    String archive(@PathVariable String review, @RequestParam(defaultValue = "1") int page, Visitor visitor, Model model,
            HttpServletResponse response) {
        Optional<Review> named = named(review);
        if (named.isEmpty()) {
            return missing(model, response);
        }
        int number = Math.clamp(page, 1, 10_000);
        List<Edition> found = editions.archive(named.get(), PAGE_SIZE + 1, (number - 1) * PAGE_SIZE);
        model.addAttribute("review", named.get());
        model.addAttribute("editions", found.stream().limit(PAGE_SIZE).map(ArchivedEdition::of).toList());
        model.addAttribute("readable", readable(named.get(), visitor));
        model.addAttribute("page", number);
        model.addAttribute("more", found.size() > PAGE_SIZE);
        return "reviews/archive";
    }

    @GetMapping("/reviews/{review}/{date}")
    String edition(@PathVariable String review, @PathVariable String date, Visitor visitor, Model model,
            HttpServletResponse response) {
        Optional<Edition> edition = edition(review, date);
        if (edition.isEmpty()) {
            return missing(model, response);
        }
        model.addAttribute("edition", ArchivedEdition.of(edition.get()));
        model.addAttribute("review", edition.get().review());
        model.addAttribute("readable", readable(edition.get().review(), visitor));
        return "reviews/edition";
    }

    /** The edition's email as it went out (the frame of the edition page), or 404 for who may not read it. */
    @GetMapping("/reviews/{review}/{date}/email")
    ResponseEntity<String> email(@PathVariable String review, @PathVariable String date, Visitor visitor,
            HttpServletResponse response) {
        Optional<Edition> edition = edition(review, date).filter(found -> readable(found.review(), visitor));
        if (edition.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        // Replaces the site's policy, which forbids inline styles and any framing; browsers ignore
        // X-Frame-Options (DENY, as on every page) where a policy names frame-ancestors.
        response.setHeader("Content-Security-Policy", EMAIL_POLICY);
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .body(edition.get().content().addressed(SETTINGS, SETTINGS).html());
    }

    static boolean readable(Review review, Visitor visitor) {
        return !review.forSubscribers() || visitor.allAccess() || visitor.staff();
    }

    private Optional<Edition> edition(String review, String date) {
        try {
            return named(review).flatMap(named -> editions.edition(named, LocalDate.parse(date)));
        } catch (DateTimeParseException notADate) {
            return Optional.empty();
        }
    }

    private static Optional<Review> named(String slug) {
        try {
            return Optional.of(Review.ofSlug(slug));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    private static String missing(Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        model.addAttribute("title", "No such edition");
        model.addAttribute("message", "We have no edition at this address. The archives list every edition that went out.");
        return "reviews/refused";
    }
}
