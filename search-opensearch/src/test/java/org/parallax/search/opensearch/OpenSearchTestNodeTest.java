package org.parallax.search.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The test node is a real OpenSearch of the version the adapter is built against. */
class OpenSearchTestNodeTest {

    @Test
    void theNodeAnswersOverHttpWithItsVersion() throws Exception {
        HttpResponse<String> root = HttpClient.newHttpClient().send(HttpRequest.newBuilder(OpenSearchTestNode.url()).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(root.statusCode()).isEqualTo(200);
        assertThat(root.body()).contains("\"distribution\" : \"opensearch\"").contains("\"number\" : \"3.9.0\"");
    }
}
