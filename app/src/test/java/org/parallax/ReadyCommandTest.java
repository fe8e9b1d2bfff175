package org.parallax;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import picocli.CommandLine;

/** {@code parallax ready}: the container's health check, against a real server and a port nobody serves. */
class ReadyCommandTest {

    @TempDir
    Path data;

    @Test
    void aServingServerIsReady() {
        CommandLine commandLine = new CommandLine(new ParallaxCommand());
        assertThat(commandLine.execute("serve", "--port", "0", "--data", data.toString())).isZero();
        ServeCommand serve = commandLine.getSubcommands().get("serve").getCommand();
        try (var context = serve.context) {
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();

            assertThat(new CommandLine(new ParallaxCommand()).execute("ready", "--port", String.valueOf(port))).isZero();
        }
    }

    @Test
    void noServerIsNotReady() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }

        assertThat(new CommandLine(new ParallaxCommand()).execute("ready", "--port", String.valueOf(closed))).isEqualTo(1);
    }
}
