package org.parallax;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Talks to running servers over HTTP as a reader's browser does, cookies by hand: reads the CSRF
 * cookie and field from a form, signs in with a password, and sends the session cookie back, to
 * whichever node it likes.
 */
final class ReaderBrowser {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    /** A CSRF cookie ({@code name=value}) and the form field that goes with it; every node checks the pair alike. */
    record Csrf(String cookie, String field) {
    }

    static String base(ConfigurableApplicationContext node) {
        return "http://localhost:" + ((WebServerApplicationContext) node).getWebServer().getPort();
    }

    Csrf csrf(String base) throws Exception {
        HttpResponse<String> form = get(base, "/sign-in", null);
        String cookie = cookie(form, "parallax_csrf");
        Matcher token = CSRF_FIELD.matcher(form.body());
        assertThat(token.find()).as("the sign-in form has a CSRF field").isTrue();
        return new Csrf(cookie, token.group(1));
    }

    /** Signs in through the password form; the session cookie as the browser sends it back. */
    String signIn(String base, String email, String password) throws Exception {
        Csrf csrf = csrf(base);
        HttpResponse<String> signedIn = post(base, "/sign-in/password", csrf.cookie(), "email=" + encode(email)
                + "&password=" + encode(password) + "&_csrf=" + encode(csrf.field()));
        assertThat(signedIn.statusCode()).as("signing in as " + email).isEqualTo(302);
        return cookie(signedIn, SignedIn.SESSION_COOKIE);
    }

    HttpResponse<String> get(String base, String path, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String base, String path, String cookie, String form) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookie)
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The cookie of this name the response sets, as the browser sends it back: {@code name=value}. */
    private static String cookie(HttpResponse<?> response, String name) {
        String header = response.headers().allValues("Set-Cookie").stream().filter(value -> value.startsWith(name + "="))
                .findFirst().orElseThrow(() -> new AssertionError("no " + name + " cookie in " + response.headers().map()));
        return header.substring(0, header.indexOf(';'));
    }
}
