package org.parallax.access.internal;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.parallax.access.AccessPolicy;
import org.parallax.access.Allowance;
import org.parallax.access.Reach;
import org.parallax.access.Visitor;
import org.parallax.library.Article;
import org.parallax.library.Library;
import org.parallax.readers.InvalidEmail;
import org.parallax.readers.Reader;
import org.parallax.readers.Readers;
import org.parallax.readers.SignInLinks;
import org.parallax.readers.Throttle;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The paywall's buttons: the email form that unlocks an article for an anonymous browser, the
 * "Use 1 of your free articles" button of registered readers, and the new confirmation link for
 * readers who have not confirmed their email. Each answers an article that needs no unlocking by
 * simply showing it again, so a repeated or stale post costs nothing.
 */
@Controller
class UnlockController {

    private static final int TOO_MANY_REQUESTS = 429;

    private final Library library;
    private final AccessPolicy access;
    private final ReaderMeter meter;
    private final Readers readers;
    private final SignInLinks links;
    private final Throttle throttle;
    private final EmailFormProperties limits;
    private final MeterRegistry metrics;

    UnlockController(Library library, AccessPolicy access, ReaderMeter meter, Readers readers, SignInLinks links,
            Throttle throttle, EmailFormProperties limits, MeterRegistry metrics) {
        this.library = library;
        this.access = access;
        this.meter = meter;
        this.readers = readers;
        this.links = links;
        this.throttle = throttle;
        this.limits = limits;
        this.metrics = metrics;
    }

    @PostMapping("/articles/{id}/unlock-by-email")
    String unlockByEmail(@PathVariable String id, @RequestParam(defaultValue = "") String email, Visitor visitor,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        Optional<Article> found = library.article(id);
        if (found.isEmpty()) {
            return notFound(response, model);
        }
        Article article = found.get();
        if (!gatedFor(article, visitor) || visitor.signedIn()) {
            return "redirect:" + path(article);
        }
        if (!throttle.allow(limits.byIp(), request.getRemoteAddr()) || !throttle.allow(limits.byAddress(), email)) {
            return refused(response, TOO_MANY_REQUESTS, model, article, "Too many requests",
                    "This form was used too often from here or for this email address. Nothing was unlocked; "
                            + "please try again later, or sign in if you have an account.", false);
        }
        try {
            links.send(email, path(article));
        } catch (InvalidEmail invalid) {
            return refused(response, HttpServletResponse.SC_BAD_REQUEST, model, article, "That email address does not work",
                    "That does not look like an email address: " + invalid.getMessage() + ". Nothing was unlocked.", false);
        }
        BrowserUnlocks.add(request, article.id());
        VisitorResolver.forget(request);
        return "redirect:" + path(article) + "?unlocked=email";
    }

    @PostMapping("/articles/{id}/unlock")
    String unlock(@PathVariable String id, Visitor visitor, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        Optional<Article> found = library.article(id);
        if (found.isEmpty()) {
            return notFound(response, model);
        }
        Article article = found.get();
        if (!visitor.signedIn()) {
            return "redirect:/sign-in?continue=" + URLEncoder.encode(path(article), StandardCharsets.UTF_8);
        }
        if (!gatedFor(article, visitor)) {
            return "redirect:" + path(article);
        }
        if (visitor.standing() != Visitor.Standing.REGISTERED) {
            return refused(response, HttpServletResponse.SC_FORBIDDEN, model, article, "Confirm your email first",
                    "Your free articles start once your email is confirmed. Use the button under the article to get "
                            + "a new confirmation link.", false);
        }
        MeterLedger.Outcome outcome = meter.unlock(visitor, article.id());
        // parallax.meter.unlocks: outcome unlocked (one of the allowance used), already_unlocked or refused.
        metrics.counter("parallax.meter.unlocks", "outcome", outcome.name().toLowerCase(Locale.ROOT)).increment();
        if (outcome == MeterLedger.Outcome.REFUSED) {
            Allowance allowance = meter.allowance(visitor).orElseThrow();
            return refused(response, HttpServletResponse.SC_FORBIDDEN, model, article, "No free articles left",
                    "Your %d free articles for %s are used; they renew on %s. Nothing was unlocked."
                            .formatted(allowance.articles(), allowance.periodLabel(), Dates.day(allowance.renewsOn())), true);
        }
        VisitorResolver.forget(request);
        return "redirect:" + path(article) + "?unlocked=" + (outcome == MeterLedger.Outcome.UNLOCKED ? "meter" : "before");
    }

    @PostMapping("/articles/{id}/confirm-email")
    String sendConfirmation(@PathVariable String id, Visitor visitor, HttpServletResponse response, Model model) {
        Optional<Article> found = library.article(id);
        if (found.isEmpty()) {
            return notFound(response, model);
        }
        Article article = found.get();
        Optional<Reader> reader = visitor.signedIn() ? readers.reader(visitor.readerId()) : Optional.empty();
        if (reader.isEmpty() || reader.get().confirmed()) {
            return "redirect:" + path(article);
        }
        if (!throttle.allow(limits.byAddress(), reader.get().email())) {
            return refused(response, TOO_MANY_REQUESTS, model, article, "Too many requests",
                    "We already sent several links to your address today. Please look for them in your inbox, "
                            + "or try again tomorrow.", false);
        }
        links.send(reader.get().email(), path(article));
        return "redirect:" + path(article) + "?sent=confirm";
    }

    private boolean gatedFor(Article article, Visitor visitor) {
        return access.decide(article, visitor).reach() == Reach.TEASER;
    }

    private static String path(Article article) {
        return "/articles/" + article.id();
    }

    private static String notFound(HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        model.addAttribute("status", 404);
        model.addAttribute("title", "Page not found");
        model.addAttribute("message", "There is no article at this address, so nothing was unlocked.");
        return "site/error";
    }

    private static String refused(HttpServletResponse response, int status, Model model, Article article, String heading,
            String message, boolean subscribe) {
        response.setStatus(status);
        model.addAttribute("heading", heading);
        model.addAttribute("message", message);
        model.addAttribute("articlePath", path(article));
        model.addAttribute("articleTitle", article.title());
        model.addAttribute("subscribe", subscribe);
        return "access/refused";
    }
}
