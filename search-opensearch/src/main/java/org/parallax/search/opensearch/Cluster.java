package org.parallax.search.opensearch;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.util.Timeout;
import org.apache.hc.client5.http.config.RequestConfig;
import org.opensearch.client.Request;
import org.opensearch.client.RequestOptions;
import org.opensearch.client.Response;
import org.opensearch.client.ResponseException;
import org.opensearch.client.RestClient;
import org.parallax.search.SearchUnavailable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON over HTTP to the OpenSearch cluster. A cluster that cannot be reached, does not answer in
 * time, is overloaded (429) or fails (5xx) is {@link SearchUnavailable}; any other refusal is a
 * mistake in the request and says what OpenSearch answered.
 */
final class Cluster implements Closeable {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final ContentType NDJSON = ContentType.create("application/x-ndjson", StandardCharsets.UTF_8);

    static final Duration WRITE_TIMEOUT = Duration.ofSeconds(60);

    private final RestClient client;
    private final String address;
    private final RequestOptions writes;

    Cluster(OpenSearchSettings settings) {
        this.address = settings.url().toString();
        Timeout connect = Timeout.ofMilliseconds(settings.connectTimeout().toMillis());
        Timeout answer = Timeout.ofMilliseconds(settings.socketTimeout().toMillis());
        this.client = RestClient.builder(HttpHost.create(settings.url()))
                .setRequestConfigCallback(config -> config.setConnectTimeout(connect).setResponseTimeout(answer))
                .build();
        Timeout write = Timeout.ofMilliseconds(Math.max(WRITE_TIMEOUT.toMillis(), settings.socketTimeout().toMillis()));
        this.writes = RequestOptions.DEFAULT.toBuilder()
                .setRequestConfig(RequestConfig.custom().setConnectTimeout(connect).setResponseTimeout(write).build())
                .build();
    }

    /** The answer's JSON; a 404 is an answer too (no such index, alias or document): empty. */
    Optional<JsonNode> call(String method, String path, Object body) {
        Request request = new Request(method, path);
        if (body != null) {
            request.setEntity(new StringEntity(JSON.writeValueAsString(body), ContentType.APPLICATION_JSON));
        }
        return send(request);
    }

    /**
     * A bulk request: one JSON object a line. A batch of a thousand long articles may take the
     * cluster longer than a search should, so writes wait up to {@link #WRITE_TIMEOUT}.
     */
    Optional<JsonNode> bulk(String path, String lines) {
        Request request = new Request("POST", path);
        request.setEntity(new StringEntity(lines, NDJSON));
        request.setOptions(writes);
        return send(request);
    }

    private Optional<JsonNode> send(Request request) {
        try {
            Response response = client.performRequest(request);
            return Optional.of(read(response));
        } catch (ResponseException refused) {
            int status = refused.getResponse().getStatusLine().getStatusCode();
            if (status == 404) {
                return Optional.empty();
            }
            if (status == 429 || status >= 500) {
                throw new SearchUnavailable("OpenSearch at " + address + " answered " + status + " to " + request.getMethod()
                        + " " + request.getEndpoint(), refused);
            }
            throw new IllegalStateException("OpenSearch refused " + request.getMethod() + " " + request.getEndpoint() + ": "
                    + reason(refused.getResponse()), refused);
        } catch (IOException e) {
            throw new SearchUnavailable("OpenSearch at " + address + " cannot be reached or did not answer in time ("
                    + e.getClass().getSimpleName() + ")", e);
        }
    }

    private static JsonNode read(Response response) throws IOException {
        if (response.getEntity() == null) {
            return JSON.createObjectNode();
        }
        try {
            return JSON.readTree(EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8));
        } catch (org.apache.hc.core5.http.ParseException | JacksonException e) {
            throw new IOException("OpenSearch sent an answer that is not JSON", e);
        }
    }

    private static String reason(Response response) {
        try {
            JsonNode error = read(response).path("error");
            String type = error.path("root_cause").path(0).path("type").asString(error.path("type").asString(""));
            String reason = error.path("root_cause").path(0).path("reason").asString(error.path("reason").asString(""));
            return type + ": " + reason;
        } catch (IOException | RuntimeException e) {
            return "status " + response.getStatusLine().getStatusCode();
        }
    }

    @Override
    public void close() {
        try {
            client.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Closing the OpenSearch client failed", e);
        }
    }
}
