package org.parallax.api.internal;

import java.net.URI;
import org.parallax.search.InvalidSearch;
import org.parallax.search.SearchUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Every refusal of the API as an RFC 9457 problem. Malformed requests are the client's to fix
 * (400), never a server fault (500). Ahead of the framework's own handler, for API controllers only.
 */
@RestControllerAdvice(basePackageClasses = ApiProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    @ExceptionHandler(InvalidSearch.class)
    ResponseEntity<ProblemDetail> invalidSearch(InvalidSearch invalid) {
        return problem(HttpStatus.BAD_REQUEST, "invalid-search", "Invalid search", invalid.getMessage());
    }

    /** The engine is down or too slow: worth retrying shortly, and no fault of the client's. */
    @ExceptionHandler(SearchUnavailable.class)
    ResponseEntity<ProblemDetail> searchUnavailable(SearchUnavailable unavailable) {
        log.warn("Search is unavailable: {}", unavailable.getMessage());
        ResponseEntity<ProblemDetail> problem = problem(HttpStatus.SERVICE_UNAVAILABLE, "search-unavailable", "Search unavailable",
                "Search is unavailable right now. Try again in a minute.");
        return ResponseEntity.status(problem.getStatusCode()).header("Retry-After", "30").body(problem.getBody());
    }

    @ExceptionHandler(BadApiRequest.class)
    ResponseEntity<ProblemDetail> badRequest(BadApiRequest bad) {
        return problem(HttpStatus.BAD_REQUEST, "bad-request", "Bad request", bad.getMessage());
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class})
    ResponseEntity<ProblemDetail> badParameter(Exception bad) {
        return problem(HttpStatus.BAD_REQUEST, "bad-request", "Bad request", "A parameter is missing or malformed.");
    }

    @ExceptionHandler(ArticleMissing.class)
    ResponseEntity<ProblemDetail> articleMissing(ArticleMissing missing) {
        return problem(HttpStatus.NOT_FOUND, "not-found", "Article not found", missing.getMessage());
    }

    @ExceptionHandler(StoryMissing.class)
    ResponseEntity<ProblemDetail> storyMissing(StoryMissing missing) {
        return problem(HttpStatus.NOT_FOUND, "not-found", missing.what() + " not found", missing.getMessage());
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> methodNotAllowed(HttpRequestMethodNotSupportedException refused) {
        return problem(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed", "Method not allowed", refused.getMessage());
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<ProblemDetail> notAcceptable(HttpMediaTypeNotAcceptableException refused) {
        return problem(HttpStatus.NOT_ACCEPTABLE, "not-acceptable", "Not acceptable", "This API answers in JSON.");
    }

    /** The database is down or failing over: the client may try again shortly (503, Retry-After). */
    @ExceptionHandler({DataAccessResourceFailureException.class, TransientDataAccessResourceException.class,
            RecoverableDataAccessException.class, CannotCreateTransactionException.class})
    ResponseEntity<ProblemDetail> databaseAway(Exception away) {
        log.warn("API request failed: the database cannot be reached ({})", away.getMessage());
        ResponseEntity<ProblemDetail> problem = problem(HttpStatus.SERVICE_UNAVAILABLE, "unavailable", "Service unavailable",
                "The database cannot be reached just now; try again in a few seconds.");
        return ResponseEntity.status(problem.getStatusCode()).header("Retry-After", "5").body(problem.getBody());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> fault(Exception fault) {
        // The client learns only that it failed; the details stay in the log.
        log.error("API request failed", fault);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "server-error", "Server error", "The request could not be completed.");
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("/api/problems/" + type));
        problem.setTitle(title);
        return ResponseEntity.status(status).body(problem);
    }
}
