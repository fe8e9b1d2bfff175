package org.parallax.readers.internal.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses an oversized form (a 5 MB "email") with 413 and a page that says so, before anything
 * reads it; without this the server would drop its fields and the form would fail on a missing
 * CSRF token instead, with a less helpful answer.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class FormSizeLimit extends OncePerRequestFilter {

    private final long largest;

    FormSizeLimit(LimitsProperties limits) {
        this.largest = limits.formSize().toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        if (type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE)
                && request.getContentLengthLong() > largest) {
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            response.setContentType("text/html;charset=UTF-8");
            response.getOutputStream().write("""
                    <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Too much to send · Parallax</title></head>
                    <body><h1>Too much to send</h1><p>That form carried far more than any field needs, so nothing
                    was saved. Go back and check what you typed or pasted.</p><p><a href="/">Go to the front page</a></p></body></html>
                    """.getBytes(StandardCharsets.UTF_8));
            return;
        }
        chain.doFilter(request, response);
    }
}
