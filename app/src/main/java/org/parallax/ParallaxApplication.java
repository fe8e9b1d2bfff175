package org.parallax;

import java.time.Clock;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import picocli.CommandLine;

/** Parallax: one deployable application; {@code main} hands the command line to {@link ParallaxCommand}. */
// Accounts come from the readers module; the framework's generated in-memory user is not wanted.
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
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
