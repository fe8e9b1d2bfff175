package org.parallax.site.internal;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * An address nothing answers to: browsers get the site's 404 page; other clients still get the
 * framework's problem details, so API clients keep their JSON.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class MissingPages {

    @ExceptionHandler(exception = NoResourceFoundException.class, produces = "text/html")
    String missing(HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        model.addAttribute("status", 404);
        model.addAttribute("title", "Page not found");
        model.addAttribute("message", "There is nothing at this address. It may have moved, or the link may be mistyped.");
        return "site/error";
    }
}
