package org.parallax.readers.internal.web;

import jakarta.servlet.http.HttpServletResponse;
import org.parallax.readers.TooManyAttempts;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Answers any attempt over a rate limit, from any module's form, with 429 and one page that says
 * to wait: the same page whether or not the account exists.
 */
@ControllerAdvice
class TooManyAttemptsPage {

    @ExceptionHandler(TooManyAttempts.class)
    ModelAndView tooMany(TooManyAttempts refused, HttpServletResponse response) {
        response.setStatus(429);
        long seconds = Math.max(1, refused.retryAfter().toSeconds());
        response.setHeader("Retry-After", Long.toString(seconds));
        ModelAndView page = new ModelAndView("readers/too-many");
        page.addObject("what", refused.getMessage());
        page.addObject("minutes", Math.max(1, (seconds + 59) / 60));
        return page;
    }
}
