package org.parallax.reviews.internal.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The unsubscribe link of every review. Opening it only asks (mail scanners follow links); the
 * button, and a mail client's one-click POST (RFC 8058), unsubscribe, without a session or a CSRF
 * token: the signed token in the path is the secret. Doing it twice is harmless.
 */
@Controller
@RequestMapping(UnsubscribeController.PATH)
class UnsubscribeController {

    static final String PATH = "/reviews/unsubscribe";

    /** The body RFC 8058 prescribes for a one-click unsubscribe. */
    static final String ONE_CLICK = "One-Click";

    private final EmailChoices choices;

    UnsubscribeController(EmailChoices choices) {
        this.choices = choices;
    }

    @GetMapping("/{token}")
    String ask(@PathVariable String token, Model model, HttpServletResponse response) {
        return choices.holder(token)
                .map(holder -> page(model, "reviews/unsubscribe", holder, token))
                .orElseGet(() -> refused(model, response));
    }

    @PostMapping("/{token}")
    String unsubscribe(@PathVariable String token,
            @RequestParam(name = "List-Unsubscribe", defaultValue = "") String oneClick, Model model,
            HttpServletResponse response) {
        if (!ONE_CLICK.equals(oneClick)) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("title", "Not unsubscribed");
            model.addAttribute("message", "This request did not say List-Unsubscribe=One-Click, so nothing changed.");
            return "reviews/refused";
        }
        return choices.holder(token).map(holder -> {
            choices.unsubscribe(holder);
            return page(model, "reviews/unsubscribed", holder, token);
        }).orElseGet(() -> refused(model, response));
    }

    private static String page(Model model, String view, EmailChoices.Holder holder, String token) {
        model.addAttribute("review", holder.review());
        model.addAttribute("email", Masked.email(holder.reader().email()));
        model.addAttribute("token", token);
        return view;
    }

    static String refused(Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        model.addAttribute("title", "Link not recognised");
        model.addAttribute("message", "This link is not one we sent, or it was changed on the way. Nothing changed."
                + " Use the link at the bottom of one of our emails, or sign in and open your account's email settings.");
        return "reviews/refused";
    }
}
