package org.parallax;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Asks the server on this machine whether it is ready, for a container's health check (the image
 * has no shell or curl): exit code 0 when {@code /actuator/health/readiness} answers 200, 1 otherwise.
 */
@Command(name = "ready", mixinStandardHelpOptions = true,
        description = "Exit 0 when the server on this machine answers ready (/actuator/health/readiness), 1 otherwise.")
class ReadyCommand implements Callable<Integer> {

    @Option(names = "--port", paramLabel = "N", description = "The server's port (default: $PARALLAX_PORT or 8080).")
    Integer port;

    @Override
    public Integer call() {
        int serverPort = port != null ? port : Integer.parseInt(System.getenv().getOrDefault("PARALLAX_PORT", "8080"));
        URI readiness = URI.create("http://127.0.0.1:" + serverPort + "/actuator/health/readiness");
        try (HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()) {
            HttpResponse<String> answer = client.send(HttpRequest.newBuilder(readiness).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString());
            System.out.println(answer.statusCode() + " " + answer.body());
            return answer.statusCode() == 200 ? 0 : 1;
        } catch (IOException unreachable) {
            System.out.println("not ready: " + unreachable.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }
}
