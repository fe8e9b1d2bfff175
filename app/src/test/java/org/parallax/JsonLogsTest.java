package org.parallax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** {@code PARALLAX_LOG_FORMAT=json}: the server's console is one JSON object a line, for a log collector. */
class JsonLogsTest {

    @TempDir
    Path data;

    @Test
    void theFormatIsPlainTextUnlessJsonOrAStructuredFormatIsNamed() {
        assertThat(LogFormat.structured(null)).isEmpty();
        assertThat(LogFormat.structured("")).isEmpty();
        assertThat(LogFormat.structured("text")).isEmpty();
        assertThat(LogFormat.structured("JSON")).contains("ecs");
        assertThat(LogFormat.structured("logstash")).contains("logstash");
        assertThatThrownBy(() -> LogFormat.structured("yaml"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PARALLAX_LOG_FORMAT is 'yaml'");
    }

    @Test
    @Timeout(180)
    void aServerStartedWithJsonLogsWritesEveryConsoleLineAsAJsonObject() throws Exception {
        // The logs go to standard output; the JVM's own warnings, if any, to standard error (kept apart).
        ProcessBuilder server = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                ParallaxApplication.class.getName(), "serve", "--port", "0", "--data", data.resolve("data").toString())
                .redirectError(data.resolve("stderr.txt").toFile());
        server.environment().put("PARALLAX_LOG_FORMAT", "json");
        server.environment().put("PARALLAX_POLL_FEEDS", "false");
        server.environment().put("PARALLAX_SEND_REVIEWS", "false");
        server.environment().put("PARALLAX_PUBLISH_SCHEDULED", "false");
        Process process = server.start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader console = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = console.readLine()) != null) {
                lines.add(line);
                if (line.contains("Parallax is serving")) {
                    break;
                }
            }
        } finally {
            process.destroy();
            process.waitFor(30, TimeUnit.SECONDS);
        }

        assertThat(lines).as("the server's console until it said it serves").anyMatch(line -> line.contains("Parallax is serving"));
        ObjectMapper json = new ObjectMapper();
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode entry = json.readTree(line);
            assertThat(entry.isObject()).as(line).isTrue();
            assertThat(entry.has("@timestamp") && entry.has("message")).as(line).isTrue();
        }
        // Tomcat logs through java.util.logging and Parallax through SLF4J: both end up as JSON. (Spring's
        // own start-up lines are not looked for: in this test classpath the OpenSearch test node's
        // log4j-core takes them, where the application's jar sends them to Logback.)
        assertThat(lines).anyMatch(line -> json.readTree(line).path("message").asString().startsWith("Starting Servlet engine"));
        assertThat(lines).anyMatch(line -> json.readTree(line).path("log").path("logger").asString().equals(ServeCommand.class.getName()));
    }
}
