package org.parallax.site.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While the database is down, restarting or failing over, every request that needs it gets a clean
 * 503 (a short page, or a problem for the API) with a Retry-After, instead of a stack trace or a
 * server error. It runs first, ahead of the session and security filters, which read the database
 * too. Nothing is written while the database is away, so nothing is lost; the pool reconnects by
 * itself once the database is back.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseOutage extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutage.class);
    static final int RETRY_AFTER_SECONDS = 5;

    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Back in a moment · Parallax</title>
            <link rel="stylesheet" href="/css/site.css">
            </head>
            <body>
            <main id="main">
            <h1>Back in a moment</h1>
            <p>Parallax cannot reach its library just now. Nothing you saved is lost; please try again in a few seconds.</p>
            </main>
            </body>
            </html>
            """;

    private static final String PROBLEM = """
            {"type":"/api/problems/unavailable","title":"Service unavailable","status":503,\
            "detail":"The database cannot be reached just now; try again in a few seconds."}""";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (!databaseAway(e) || response.isCommitted()) {
                throw e;
            }
            log.warn("{} {}: the database cannot be reached ({}); answered 503", request.getMethod(), request.getRequestURI(),
                    rootMessage(e));
            answer(request, response);
        }
    }

    /** True when the failure, or one of its causes, says the database cannot be reached. */
    static boolean databaseAway(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException || cause instanceof TransientDataAccessResourceException
                    || cause instanceof RecoverableDataAccessException || cause instanceof CannotCreateTransactionException
                    || cause instanceof SQLTransientConnectionException) {
                return true;
            }
            // Connection failures (08...) and a server shutting down or starting up (57P01-57P03).
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    private static void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.reset();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Content-Security-Policy", SecurityHeaders.CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        boolean api = request.getRequestURI().startsWith("/api/");
        response.setContentType(api ? "application/problem+json" : "text/html;charset=UTF-8");
        byte[] body = (api ? PROBLEM : PAGE).getBytes(StandardCharsets.UTF_8);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
