package org.parallax.readers.internal.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Small helpers of the readers' web tests. */
final class Pages {

    private Pages() {
    }

    static String body(MockHttpServletResponse response) throws Exception {
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    static String unique(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@readers.example";
    }

    /** A POST (with its CSRF token) of the form an emailed link opens: the link's query as fields. */
    static MockHttpServletRequestBuilder postLink(String link) {
        int query = link.indexOf('?');
        MockHttpServletRequestBuilder request = post(link.substring(0, query)).with(csrf());
        for (String pair : link.substring(query + 1).split("&")) {
            String[] parts = pair.split("=", 2);
            request.param(parts[0], URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
        }
        return request;
    }

    /** A request from this client address. */
    static MockHttpServletRequestBuilder from(MockHttpServletRequestBuilder request, String ip) {
        return request.with(r -> {
            r.setRemoteAddr(ip);
            return r;
        });
    }
}
