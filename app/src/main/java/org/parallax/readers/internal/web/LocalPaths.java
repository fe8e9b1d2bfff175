package org.parallax.readers.internal.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Where to go after signing in. Only a path on this site is followed, so a crafted sign-in link
 * cannot send a reader to another site ("//evil.example", "/\evil.example", "https://...").
 */
final class LocalPaths {

    private static final int LONGEST = 500;

    private LocalPaths() {
    }

    static String safe(String path) {
        if (path == null || path.isEmpty() || path.length() > LONGEST || path.charAt(0) != '/') {
            return "/";
        }
        if (path.length() > 1 && (path.charAt(1) == '/' || path.charAt(1) == '\\')) {
            return "/";
        }
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c < 0x20 || c == 0x7f || c == '\\') {
                return "/";
            }
        }
        return path;
    }

    /** The path and query of this request, to come back to after signing in. */
    static String of(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return safe(request.getQueryString() == null ? path : path + "?" + request.getQueryString());
    }
}
