package org.parallax.newsroom.internal.staff;

import jakarta.servlet.http.HttpServletResponse;
import org.parallax.readers.InvalidEmail;
import org.parallax.readers.Reader;
import org.parallax.readers.Role;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The staff page for admins (the /admin rule keeps everyone else out): editors and admins, and role changes. */
@Controller
class StaffController {

    static final String PATH = "/admin/staff";

    private final StaffDesk desk;

    StaffController(StaffDesk desk) {
        this.desk = desk;
    }

    @GetMapping(PATH)
    String page(Model model, @RequestParam(required = false) String changed) {
        model.addAttribute("notice", changed == null ? null : "Role changed for " + changed + ".");
        return page(model);
    }

    @PostMapping(PATH)
    String grantByEmail(@RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "EDITOR") Role role,
            @AuthenticationPrincipal Reader admin, Model model, HttpServletResponse response) {
        try {
            return changed(desk.grant(admin, email, role));
        } catch (StaffRefused | InvalidEmail refused) {
            return refused(refused.getMessage(), model, response);
        }
    }

    @PostMapping(PATH + "/{id}/role")
    String grant(@PathVariable long id, @RequestParam(defaultValue = "READER") Role role, @AuthenticationPrincipal Reader admin,
            Model model, HttpServletResponse response) {
        try {
            return changed(desk.grant(admin, id, role));
        } catch (StaffRefused refused) {
            return refused(refused.getMessage(), model, response);
        }
    }

    private static String changed(Reader account) {
        return "redirect:" + PATH + "?changed=" + java.net.URLEncoder.encode(account.email(), java.nio.charset.StandardCharsets.UTF_8);
    }

    private String refused(String message, Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("refusal", message);
        return page(model);
    }

    private String page(Model model) {
        model.addAttribute("staff", desk.staff());
        model.addAttribute("roles", Role.values());
        return "newsroom/staff";
    }
}
