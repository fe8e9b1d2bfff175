package org.parallax;

import java.time.Clock;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import picocli.CommandLine;

/** Parallax: one deployable application; {@code main} hands the command line to {@link ParallaxCommand}. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ParallaxApplication {

    public static void main(String[] args) {
        ParallaxCommand command = new ParallaxCommand();
        int exitCode = new CommandLine(command).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
        if (!command.keepsRunning()) {
            System.exit(exitCode);
        }
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
