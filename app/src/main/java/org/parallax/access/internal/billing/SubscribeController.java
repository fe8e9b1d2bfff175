package org.parallax.access.internal.billing;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.parallax.access.Visitor;
import org.parallax.readers.Reader;
import org.parallax.readers.Readers;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The subscribe page: the plans on offer, and the step to Stripe Checkout for a signed-in reader.
 * Anonymous readers sign in first and come back here.
 */
@Controller
class SubscribeController {

    static final String NOT_CONFIGURED = "Payments are not configured on this site yet, so subscriptions cannot be bought here.";

    private final Plans plans;
    private final StripeCheckout checkout;
    private final Readers readers;

    SubscribeController(Plans plans, StripeCheckout checkout, Readers readers) {
        this.plans = plans;
        this.checkout = checkout;
        this.readers = readers;
    }

    @GetMapping("/subscribe")
    String page(Visitor visitor, Model model, @RequestParam(required = false) String canceled) {
        return page(visitor, model, canceled != null ? "The payment was canceled; nothing was charged." : null, null);
    }

    @PostMapping("/subscribe")
    Object subscribe(Visitor visitor, @RequestParam(required = false) String plan, Model model, HttpServletResponse response) {
        if (!visitor.signedIn()) {
            return seeOther("/sign-in?continue=/subscribe");
        }
        if (!checkout.configured()) {
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            return page(visitor, model, null, NOT_CONFIGURED);
        }
        if (visitor.allAccess()) {
            // A second subscription would charge twice for the same access.
            response.setStatus(HttpStatus.CONFLICT.value());
            return page(visitor, model, null, "You already hold All-Access; nothing was charged.");
        }
        Optional<Plan> chosen = plan != null && plan.matches("\\d{1,18}") ? plans.plan(Long.parseLong(plan)).filter(Plan::active)
                : Optional.empty();
        Optional<Reader> reader = readers.reader(visitor.readerId());
        if (chosen.isEmpty() || reader.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(visitor, model, null, "Please choose one of the plans below.");
        }
        try {
            return seeOther(checkout.start(reader.get(), chosen.get()).toString());
        } catch (StripeCheckout.CheckoutFailed failed) {
            response.setStatus(HttpStatus.BAD_GATEWAY.value());
            return page(visitor, model, null, failed.getMessage());
        }
    }

    @GetMapping("/subscribe/thanks")
    String thanks() {
        return "access/subscribe-thanks";
    }

    private String page(Visitor visitor, Model model, String notice, String error) {
        model.addAttribute("plans", plans.active());
        model.addAttribute("configured", checkout.configured());
        model.addAttribute("visitor", visitor);
        model.addAttribute("notice", notice);
        model.addAttribute("error", error);
        return "access/subscribe";
    }

    private static View seeOther(String url) {
        RedirectView redirect = new RedirectView(url);
        redirect.setStatusCode(HttpStatus.SEE_OTHER);
        return redirect;
    }
}
