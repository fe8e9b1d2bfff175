package org.parallax.site.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * The page for errors raised outside our controllers (an unknown address, a server fault), in the
 * site's layout instead of the framework's bare page. It says nothing about the fault itself.
 */
@Component
class SiteErrorViews implements ErrorViewResolver {

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        String message = switch (status) {
            case NOT_FOUND -> "There is nothing at this address. It may have moved, or the link may be mistyped.";
            case BAD_REQUEST -> "The request could not be understood.";
            default -> "Something went wrong on our side. Please try again in a moment.";
        };
        String title = status == HttpStatus.NOT_FOUND ? "Page not found" : status.getReasonPhrase();
        return new ModelAndView("site/error", Map.of("status", status.value(), "title", title, "message", message), status);
    }
}
