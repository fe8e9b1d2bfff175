package org.parallax.access.internal.billing;

import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The admin page of All-Access plans: the prices on offer, and their Stripe prices. */
@Controller
@RequestMapping("/admin/plans")
class PlanAdminController {

    private final Plans plans;

    PlanAdminController(Plans plans) {
        this.plans = plans;
    }

    @GetMapping
    String page(Model model, @RequestParam(required = false) String done) {
        return page(model, PlanForm.EMPTY, done, null);
    }

    @PostMapping
    String create(@RequestParam(required = false) String name, @RequestParam(required = false) String interval,
            @RequestParam(required = false) String amount, @RequestParam(required = false) String currency,
            @RequestParam(required = false) String stripePrice, Model model, HttpServletResponse response) {
        PlanForm form = new PlanForm(name, interval, amount, currency, stripePrice, true);
        return act(model, response, form, () -> "Created the plan " + plans.create(form).name() + ".");
    }

    @PostMapping("/{id}")
    String edit(@PathVariable long id, @RequestParam(required = false) String name, @RequestParam(required = false) String interval,
            @RequestParam(required = false) String amount, @RequestParam(required = false) String currency,
            @RequestParam(required = false) String stripePrice, @RequestParam(defaultValue = "false") boolean active,
            Model model, HttpServletResponse response) {
        PlanForm form = new PlanForm(name, interval, amount, currency, stripePrice, active);
        return act(model, response, PlanForm.EMPTY, () -> "Saved the plan " + plans.update(id, form).name() + ".");
    }

    @PostMapping("/{id}/deactivate")
    String deactivate(@PathVariable long id, Model model, HttpServletResponse response) {
        return act(model, response, PlanForm.EMPTY, () -> "Deactivated " + plans.setActive(id, false).name()
                + ": readers no longer see it; its subscribers keep their subscriptions.");
    }

    @PostMapping("/{id}/activate")
    String activate(@PathVariable long id, Model model, HttpServletResponse response) {
        return act(model, response, PlanForm.EMPTY, () -> "Activated " + plans.setActive(id, true).name() + ".");
    }

    /** A change that works redirects (so a reload repeats nothing); a refused one shows what to fix, input kept. */
    private String act(Model model, HttpServletResponse response, PlanForm kept, Supplier<String> change) {
        try {
            String done = change.get();
            return "redirect:/admin/plans?done=" + URLEncoder.encode(done, StandardCharsets.UTF_8);
        } catch (InvalidPlan invalid) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(model, kept, null, invalid.getMessage());
        }
    }

    private String page(Model model, PlanForm form, String done, String error) {
        model.addAttribute("plans", plans.all());
        model.addAttribute("form", form);
        model.addAttribute("done", done);
        model.addAttribute("error", error);
        return "access/plans";
    }
}
