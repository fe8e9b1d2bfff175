package org.parallax.site.internal;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** Turns the site's own failures into pages a reader can use, with the right status. */
@ControllerAdvice(basePackageClasses = SiteErrors.class)
class SiteErrors {

    @ExceptionHandler(PageNotFound.class)
    String notFound(PageNotFound missing, HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        model.addAttribute("status", 404);
        model.addAttribute("title", "Page not found");
        model.addAttribute("message", missing.getMessage());
        return "site/error";
    }
}
