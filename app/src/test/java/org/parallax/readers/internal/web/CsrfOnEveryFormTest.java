package org.parallax.readers.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import jakarta.servlet.http.Cookie;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.parallax.SignedIn;
import org.parallax.WebTest;
import org.parallax.readers.Readers;
import org.parallax.readers.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Every route that changes something refuses a request without the CSRF token, whoever sends it. */
class CsrfOnEveryFormTest extends WebTest {

    private static final Set<RequestMethod> CHANGING = Set.of(RequestMethod.POST, RequestMethod.PUT, RequestMethod.PATCH,
            RequestMethod.DELETE);

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    Readers readers;

    @Test
    void everyPostMappingRefusesARequestWithoutItsCsrfToken() throws Exception {
        Cookie admin = SignedIn.as(mvc, readers, Pages.unique("csrf-admin"), Role.ADMIN);
        Set<String> checked = new TreeSet<>();
        List<String> accepted = new ArrayList<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            for (RequestMethod method : info.getMethodsCondition().getMethods()) {
                if (!CHANGING.contains(method)) {
                    continue;
                }
                for (String pattern : info.getPatternValues()) {
                    if (pattern.equals(WebSecurity.STRIPE_WEBHOOK)
                            || pattern.equals(WebSecurity.ONE_CLICK_UNSUBSCRIBE.replace("*", "{token}"))) {
                        continue;
                    }
                    String path = pattern.replaceAll("\\{[^}]*}", "1").replace("**", "x");
                    for (Cookie who : new Cookie[] {null, admin}) {
                        var request = request(HttpMethod.valueOf(method.name()), path).param("email", "ilse@harbour.example");
                        int status = mvc.perform(who == null ? request : request.cookie(who)).andReturn().getResponse().getStatus();
                        if (status != 403) {
                            accepted.add(method + " " + path + (who == null ? " anonymous" : " as admin") + " -> " + status);
                        }
                    }
                    checked.add(method + " " + path);
                }
            }
        }
        // Signing out is Spring Security's filter, not a mapping: without a token it must not sign anyone out.
        mvc.perform(request(HttpMethod.POST, "/sign-out").cookie(admin)).andExpect(
                result -> assertThat(result.getResponse().getStatus()).as("sign-out without a token").isEqualTo(403));
        assertThat(mvc.perform(request(HttpMethod.GET, "/account").cookie(admin)).andReturn().getResponse().getStatus())
                .as("still signed in").isEqualTo(200);
        assertThat(checked).contains("POST /sign-in/password", "POST /sign-in/link", "POST /password/forgot",
                "POST /password/reset", "POST /account/delete", "POST /account/email", "POST /account/password",
                "POST /newsroom/reviews/1/1/note", "POST /newsroom/reviews/1/1/stories/1/1",
                "POST /articles/1/tips", "POST /newsroom/tips/1/used", "POST /admin/staff", "POST /admin/staff/1/role",
                "POST /newsroom/articles/1/updates", "POST /newsroom/articles/1/corrections",
                "POST /newsroom/articles", "POST /newsroom/articles/1", "POST /session-ended/newsroom");
        assertThat(accepted).as("routes that took a request without a CSRF token").isEmpty();
    }
}
