package org.parallax.site.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class AdminGateTest {

    @Test
    void withoutAnAdminPasswordTheAdminPagesAreOff() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        new AdminGate("").doFilter(new MockHttpServletRequest("GET", "/admin/feeds"), response, chain);

        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(response.getErrorMessage()).contains("PARALLAX_ADMIN_PASSWORD");
        assertThat(chain.getRequest()).isNull();
    }

    @Test
    void aFormPostedFromThisSiteWithoutFetchMetadataIsJudgedByItsOrigin() throws Exception {
        MockHttpServletRequest sameSite = post("http://localhost");
        MockHttpServletRequest otherSite = post("https://evil.example");
        MockFilterChain passed = new MockFilterChain();

        new AdminGate("secret").doFilter(sameSite, new MockHttpServletResponse(), passed);
        MockHttpServletResponse refused = new MockHttpServletResponse();
        new AdminGate("secret").doFilter(otherSite, refused, new MockFilterChain());

        assertThat(passed.getRequest()).isNotNull();
        assertThat(refused.getStatus()).isEqualTo(403);
    }

    @Test
    void otherPagesAreNotGuarded() throws Exception {
        MockFilterChain chain = new MockFilterChain();

        new AdminGate("").doFilter(new MockHttpServletRequest("GET", "/administrations"), new MockHttpServletResponse(), chain);

        assertThat(chain.getRequest()).isNotNull();
    }

    private static MockHttpServletRequest post(String origin) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/admin/feeds/follow");
        request.setServerName("localhost");
        request.setServerPort(80);
        request.addHeader("Origin", origin);
        request.addHeader("Authorization", "Basic YWRtaW46c2VjcmV0"); // admin:secret
        return request;
    }
}
