package org.parallax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.parallax.readers.Readers;
import org.parallax.readers.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The operations endpoints a load balancer, an orchestrator and Prometheus use: health open with
 * its status alone, details for admins, the metrics for the token or an admin, nothing else.
 */
class OperationsEndpointsTest extends WebTest {

    /** The status, and at the root the names of the probe groups: no parts, no details. */
    private static final String STATUS_ALONE = "\\{(\"groups\":\\[\"liveness\",\"readiness\"\\],)?\"status\":\"UP\"\\}";

    @Autowired
    Readers readers;

    @Test
    void aHealthyApplicationIsLiveAndReadyAndSaysNoMoreThanThatToAnyone() throws Exception {
        for (String path : new String[] {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"}) {
            MockHttpServletResponse answer = mvc.perform(get(path)).andReturn().getResponse();

            assertThat(answer.getStatus()).as(path).isEqualTo(200);
            assertThat(answer.getContentAsString()).as(path).matches(STATUS_ALONE);
        }
    }

    @Test
    void readinessWeighsTheDatabaseButNotMailOrSearch() throws Exception {
        String readiness = mvc.perform(get("/actuator/health/readiness").cookie(admin())).andReturn().getResponse()
                .getContentAsString();

        assertThat(readiness).contains("\"db\"", "\"readinessState\"").doesNotContain("\"mail\"", "\"search\"");
    }

    @Test
    void anAdminSeesTheDetailsOfEveryPart() throws Exception {
        MockHttpServletResponse answer = mvc.perform(get("/actuator/health").cookie(admin())).andReturn().getResponse();

        assertThat(answer.getStatus()).isEqualTo(200);
        assertThat(answer.getContentAsString()).contains("\"db\"", "\"mail\"", "\"maildir\"", "\"diskSpace\"");
    }

    @Test
    void aReaderWhoIsNotAnAdminSeesTheStatusAlone() throws Exception {
        Cookie reader = SignedIn.as(mvc, readers, "health-reader@harbour.example", Role.READER);

        String health = mvc.perform(get("/actuator/health").cookie(reader)).andReturn().getResponse().getContentAsString();

        assertThat(health).matches(STATUS_ALONE);
    }

    @Test
    void theMetricsTokenScrapesRequestTimingsAndTheNewsroomsMeters() throws Exception {
        mvc.perform(get("/"));

        MockHttpServletResponse scrape = mvc.perform(get("/actuator/prometheus")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + WebFixtures.METRICS_TOKEN)).andReturn().getResponse();

        assertThat(scrape.getStatus()).isEqualTo(200);
        assertThat(scrape.getContentAsString())
                .contains("http_server_requests_seconds_count{")
                .contains("parallax_articles_stored_total{");
    }

    @Test
    void anAdminSignedInMayReadTheMetricsToo() throws Exception {
        assertThat(mvc.perform(get("/actuator/prometheus").cookie(admin())).andReturn().getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void theMetricsAreRefusedWithoutTheTokenOrWithAWrongOne() throws Exception {
        assertThat(mvc.perform(get("/actuator/prometheus")).andReturn().getResponse().getStatus()).isEqualTo(401);
        assertThat(mvc.perform(get("/actuator/prometheus").header(HttpHeaders.AUTHORIZATION, "Bearer scrape-token-harbour-8"))
                .andReturn().getResponse().getStatus()).isEqualTo(401);
        assertThat(mvc.perform(get("/actuator/prometheus").header(HttpHeaders.AUTHORIZATION, WebFixtures.METRICS_TOKEN))
                .andReturn().getResponse().getStatus()).isEqualTo(401);

        Cookie reader = SignedIn.as(mvc, readers, "metrics-reader@harbour.example", Role.READER);
        MockHttpServletResponse refused = mvc.perform(get("/actuator/prometheus").cookie(reader)).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(404);
        assertThat(refused.getContentAsString()).doesNotContain("http_server_requests");
    }

    @Test
    void noOtherOperationsEndpointIsServedEvenToAnAdmin() throws Exception {
        Cookie admin = admin();
        for (String path : new String[] {"/actuator", "/actuator/env", "/actuator/beans", "/actuator/configprops",
                "/actuator/heapdump", "/actuator/threaddump", "/actuator/loggers", "/actuator/metrics", "/actuator/mappings"}) {
            int status = mvc.perform(get(path).cookie(admin)
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + WebFixtures.METRICS_TOKEN)).andReturn().getResponse().getStatus();
            assertThat(status).as(path).isIn(401, 404);
        }
        assertThat(mvc.perform(post("/actuator/health").with(csrf()).cookie(admin)).andReturn().getResponse().getStatus())
                .isIn(401, 404, 405);
    }

    private Cookie admin() throws Exception {
        return SignedIn.as(mvc, readers, "health-admin@harbour.example", Role.ADMIN);
    }
}
