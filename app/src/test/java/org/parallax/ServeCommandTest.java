package org.parallax;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import picocli.CommandLine;

/** {@code ./parallax serve --port N --data DIR}, through the same command line main uses. */
class ServeCommandTest {

    @TempDir
    Path data;

    @Test
    void servesTheSiteOnTheGivenPortWithTheEmbeddedDatabaseAndIndexInTheGivenFolder() throws Exception {
        ParallaxCommand parallax = new ParallaxCommand();
        CommandLine commandLine = new CommandLine(parallax);

        int exitCode = commandLine.execute("serve", "--port", "0", "--data", data.toString());

        ServeCommand serve = commandLine.getSubcommands().get("serve").getCommand();
        try (var context = serve.context) {
            assertThat(exitCode).isZero();
            assertThat(parallax.keepsRunning()).isTrue();
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            HttpResponse<String> front = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(front.statusCode()).isEqualTo(200);
            assertThat(front.body()).contains("Parallax");
            assertThat(data.resolve("parallax.db")).exists();
            assertThat(data.resolve("index")).isDirectory();
        }
    }
}
