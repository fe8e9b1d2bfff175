package org.parallax.site.internal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The admin index: where the admin pages of every module are found (admins only, by WebSecurity). */
@Controller
class AdminController {

    @GetMapping("/admin")
    String index() {
        return "site/admin";
    }
}
