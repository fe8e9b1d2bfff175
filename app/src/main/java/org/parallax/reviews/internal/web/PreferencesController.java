package org.parallax.reviews.internal.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.parallax.readers.Reader;
import org.parallax.readers.Readers;
import org.parallax.reviews.Review;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Which emails a reader gets: from the link in every email (the signed token names the reader, so
 * no sign-in is needed) or from the account. Both forms carry the CSRF token, which works without a
 * session, so another site cannot submit them even for someone who holds a link.
 */
@Controller
class PreferencesController {

    static final String TOKEN_PATH = "/reviews/preferences/{token}";
    static final String ACCOUNT_PATH = "/account/emails";

    private final EmailChoices choices;
    private final Readers readers;

    PreferencesController(EmailChoices choices, Readers readers) {
        this.choices = choices;
        this.readers = readers;
    }

    @GetMapping(TOKEN_PATH)
    String byLink(@PathVariable String token, @RequestParam(required = false) String saved, Model model,
            HttpServletResponse response) {
        return choices.holder(token)
                .map(holder -> page(model, holder.reader(), "/reviews/preferences/" + token, saved != null))
                .orElseGet(() -> UnsubscribeController.refused(model, response));
    }

    @PostMapping(TOKEN_PATH)
    String saveByLink(@PathVariable String token, @RequestParam(name = "review", required = false) List<String> wanted,
            Model model, HttpServletResponse response) {
        return choices.holder(token)
                .map(holder -> save(holder.reader(), wanted, "/reviews/preferences/" + token, model, response))
                .orElseGet(() -> UnsubscribeController.refused(model, response));
    }

    @GetMapping(ACCOUNT_PATH)
    String ofAccount(@AuthenticationPrincipal Reader signedIn, @RequestParam(required = false) String saved, Model model) {
        return page(model, current(signedIn), ACCOUNT_PATH, saved != null);
    }

    @PostMapping(ACCOUNT_PATH)
    String saveOfAccount(@AuthenticationPrincipal Reader signedIn,
            @RequestParam(name = "review", required = false) List<String> wanted, Model model, HttpServletResponse response) {
        return save(current(signedIn), wanted, ACCOUNT_PATH, model, response);
    }

    private String save(Reader reader, List<String> wanted, String path, Model model, HttpServletResponse response) {
        Set<Review> reviews = EnumSet.noneOf(Review.class);
        try {
            if (wanted != null) {
                wanted.forEach(slug -> reviews.add(Review.ofSlug(slug)));
            }
        } catch (IllegalArgumentException unknown) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("problem", "Nothing saved: " + unknown.getMessage() + ".");
            return page(model, reader, path, false);
        }
        choices.choose(reader, reviews);
        return "redirect:" + path + "?saved=1";
    }

    private String page(Model model, Reader reader, String action, boolean saved) {
        model.addAttribute("choices", choices.choices(reader));
        model.addAttribute("email", action.equals(ACCOUNT_PATH) ? reader.email() : Masked.email(reader.email()));
        model.addAttribute("action", action);
        model.addAttribute("saved", saved);
        return "reviews/preferences";
    }

    /** The account as it is now: the session's copy may predate a confirmation. */
    private Reader current(Reader signedIn) {
        return readers.reader(signedIn.id()).orElse(signedIn);
    }
}
