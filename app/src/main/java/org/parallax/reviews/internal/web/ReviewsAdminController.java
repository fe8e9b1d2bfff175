package org.parallax.reviews.internal.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parallax.reviews.Deliveries;
import org.parallax.reviews.DeliveryReport;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Where each recent edition's delivery stands, and who it failed for (admins only, by the /admin rule). */
@Controller
class ReviewsAdminController {

    static final int EDITIONS_SHOWN = 30;

    private final Deliveries deliveries;
    private final FailedDeliveries failures;

    ReviewsAdminController(Deliveries deliveries, FailedDeliveries failures) {
        this.deliveries = deliveries;
        this.failures = failures;
    }

    @GetMapping("/admin/reviews")
    String page(Model model) {
        List<DeliveryReport> reports = deliveries.reports(EDITIONS_SHOWN);
        Map<Long, List<FailedDelivery>> failed = new LinkedHashMap<>();
        reports.stream().filter(report -> report.failed() > 0)
                .forEach(report -> failed.put(report.editionId(), failures.of(report.editionId())));
        model.addAttribute("reports", reports);
        model.addAttribute("failed", failed);
        model.addAttribute("mostShown", FailedDeliveries.MOST_SHOWN);
        return "reviews/admin";
    }
}
