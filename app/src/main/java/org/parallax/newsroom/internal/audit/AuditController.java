package org.parallax.newsroom.internal.audit;

import org.parallax.newsroom.AuditLog;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The audit log for admins: the newest acts first. */
@Controller
class AuditController {

    static final int SHOWN = 500;

    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/admin/audit")
    String audit(Model model) {
        model.addAttribute("entries", audit.latest(SHOWN));
        return "newsroom/audit";
    }
}
