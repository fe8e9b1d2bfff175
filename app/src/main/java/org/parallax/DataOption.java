package org.parallax;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --data DIR} option every command takes. */
class DataOption {

    @Option(names = "--data", paramLabel = "DIR",
            description = "Data folder for the embedded database and search index (default: $PARALLAX_DATA or ./data).")
    Path data;

    /** Spring arguments that point the application at this folder, when one was given. */
    String[] springArguments() {
        return data == null ? new String[0] : new String[] {"--parallax.data=" + data.toAbsolutePath().normalize()};
    }
}
