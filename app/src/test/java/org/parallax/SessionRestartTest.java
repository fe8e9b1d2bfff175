package org.parallax;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.readers.Readers;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A reader signed in on the real server stays signed in after it restarts on the same data folder
 * (sessions live in the database); along the way, the cookies as a browser receives them.
 */
class SessionRestartTest {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @TempDir
    Path data;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void aSessionCookieStillSignsInAfterTheServerRestarts() throws Exception {
        String email = "nadia@lakeshore.example";
        String session;
        try (ConfigurableApplicationContext first = start()) {
            first.getBean(Readers.class).register(email, SignedIn.PASSWORD);
            String base = base(first);

            HttpResponse<String> form = http.send(HttpRequest.newBuilder(URI.create(base + "/sign-in")).build(),
                    HttpResponse.BodyHandlers.ofString());
            String csrfCookie = setCookie(form, "parallax_csrf");
            assertThat(csrfCookie).contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure");
            Matcher token = CSRF_FIELD.matcher(form.body());
            assertThat(token.find()).isTrue();

            HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(URI.create(base + "/sign-in/password"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .header("Cookie", csrfCookie.substring(0, csrfCookie.indexOf(';')))
                            .POST(HttpRequest.BodyPublishers.ofString("email=" + URLEncoder.encode(email, StandardCharsets.UTF_8)
                                    + "&password=" + URLEncoder.encode(SignedIn.PASSWORD, StandardCharsets.UTF_8)
                                    + "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8)))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(signedIn.statusCode()).isEqualTo(302);
            String sessionCookie = setCookie(signedIn, SignedIn.SESSION_COOKIE);
            assertThat(sessionCookie).contains("HttpOnly", "SameSite=Lax");
            session = sessionCookie.substring(0, sessionCookie.indexOf(';'));
            assertThat(account(base, session).body()).contains(email);
        }

        try (ConfigurableApplicationContext second = start()) {
            HttpResponse<String> account = account(base(second), session);

            assertThat(account.statusCode()).isEqualTo(200);
            assertThat(account.body()).contains(email, "Your account");
            assertThat(account(base(second), "parallax_session=forged").statusCode()).isEqualTo(302);
        }
    }

    private ConfigurableApplicationContext start() {
        return Boot.web("--server.port=0", "--parallax.data=" + data, "--parallax.feeds.poll=false");
    }

    private HttpResponse<String> account(String base, String sessionCookie) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + "/account")).header("Cookie", sessionCookie).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String base(ConfigurableApplicationContext context) {
        return "http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    private static String setCookie(HttpResponse<?> response, String name) {
        return response.headers().allValues("Set-Cookie").stream().filter(value -> value.startsWith(name + "="))
                .findFirst().orElseThrow(() -> new AssertionError("no " + name + " cookie in " + response.headers().map()));
    }
}
