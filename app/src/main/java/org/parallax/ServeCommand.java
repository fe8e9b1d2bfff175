package org.parallax;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the reader site and the API (embedded default: SQLite and Lucene under the data folder).")
class ServeCommand implements Callable<Integer> {

    @Mixin
    DataOption dataOption;

    @Option(names = "--port", paramLabel = "N", description = "HTTP port (default: $PARALLAX_PORT or 8080).")
    Integer port;

    ConfigurableApplicationContext context;

    @Override
    public Integer call() {
        List<String> arguments = new ArrayList<>(List.of(dataOption.springArguments()));
        if (port != null) {
            arguments.add("--server.port=" + port);
        }
        context = Boot.web(arguments.toArray(String[]::new));
        int actualPort = ((WebServerApplicationContext) context).getWebServer().getPort();
        String data = Path.of(context.getEnvironment().getProperty("parallax.data", "./data")).toAbsolutePath().normalize().toString();
        String serving = "Parallax is serving http://localhost:%d/ (data: %s). Stop it with Ctrl+C.".formatted(actualPort, data);
        if (context.getEnvironment().containsProperty("logging.structured.format.console")) {
            // A log collector reads the console one JSON object a line: the note goes there as a log line too.
            LoggerFactory.getLogger(ServeCommand.class).info(serving);
        } else {
            System.out.println(serving);
        }
        return 0;
    }
}
