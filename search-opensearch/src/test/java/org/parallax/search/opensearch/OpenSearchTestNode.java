package org.parallax.search.opensearch;

import static org.codelibs.opensearch.runner.OpenSearchRunner.newConfigs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.codelibs.opensearch.runner.OpenSearchRunner;

/**
 * A real single-node OpenSearch cluster inside the test JVM, started on first use and stopped when
 * the JVM ends: one per JVM, on a free HTTP port, its data under {@code target/}. Tests in other
 * modules (app's) use it too, through this module's test-jar. A node that cannot start fails the
 * test with the reason; it is never skipped.
 */
public final class OpenSearchTestNode {

    /** Only what the adapter uses: the analysis filters (kstem, possessives) and HTTP. */
    private static final String MODULES = "org.opensearch.analysis.common.CommonAnalysisModulePlugin,"
            + "org.opensearch.transport.Netty4ModulePlugin";

    private static OpenSearchRunner runner;
    private static URI url;

    private OpenSearchTestNode() {
    }

    /** The node's HTTP address, starting it if this JVM has none yet. */
    public static synchronized URI url() {
        if (url == null) {
            start();
        }
        return url;
    }

    /** Settings for an engine on this node, with an alias of its own so tests do not see each other's articles. */
    public static OpenSearchSettings settings(String alias) {
        return OpenSearchSettings.of(url(), alias);
    }

    /** Deletes the indexes a test's alias stood for (all named {@code <alias>-...}). */
    public static void dropIndexes(String alias) {
        try {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(url().resolve("/" + alias + "-*")).DELETE().build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("Dropping the indexes of " + alias + " failed: " + answer.body());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void start() {
        int port = freePort();
        Path data = Path.of("target", "opensearch-node-" + ProcessHandle.current().pid()).toAbsolutePath();
        OpenSearchRunner starting = new OpenSearchRunner();
        try {
            Files.createDirectories(data);
            // The runner tries ports from the base upwards to its maximum: here the one free port only.
            starting.setMaxHttpPort(port);
            starting.onBuild((number, settings) -> {
                settings.put("discovery.type", "single-node");
                // Test indexes are small and short-lived: no disk watermarks on a full build disk.
                settings.put("cluster.routing.allocation.disk.threshold_enabled", false);
            }).build(newConfigs()
                    .basePath(data.toString())
                    .numOfNode(1)
                    .baseHttpPort(port - 1)
                    .clusterName("parallax-test-" + port)
                    .moduleTypes(MODULES)
                    .disableESLogger());
            starting.ensureYellow();
        } catch (RuntimeException | IOException | LinkageError e) {
            throw new IllegalStateException("The OpenSearch test node did not start (port " + port + ", data " + data
                    + "): " + e, e);
        }
        runner = starting;
        url = URI.create("http://127.0.0.1:" + port);
        Runtime.getRuntime().addShutdownHook(new Thread(OpenSearchTestNode::stop, "opensearch-test-node-stop"));
    }

    private static synchronized void stop() {
        if (runner != null) {
            try {
                runner.close();
            } catch (IOException e) {
                // the JVM is ending; the data folder is removed below either way
            }
            runner.clean();
            runner = null;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port for the OpenSearch test node", e);
        }
    }
}
