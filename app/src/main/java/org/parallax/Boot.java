package org.parallax;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the Spring application for a command: with the web server for {@code serve}, without it otherwise. */
final class Boot {

    private Boot() {
    }

    static ConfigurableApplicationContext web(String... arguments) {
        SpringApplication application = new SpringApplication(ParallaxApplication.class);
        application.setWebApplicationType(WebApplicationType.SERVLET);
        List<String> all = new ArrayList<>(Arrays.asList(arguments));
        LogFormat.argument(System.getenv(LogFormat.VARIABLE)).ifPresent(all::add);
        return application.run(all.toArray(String[]::new));
    }

    /** A quiet context for command-line work: no web server, warnings and errors only. */
    static ConfigurableApplicationContext tool(String... arguments) {
        SpringApplication application = new SpringApplication(ParallaxApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setLogStartupInfo(false);
        List<String> all = new ArrayList<>(Arrays.asList(arguments));
        all.add("--logging.level.root=WARN");
        all.add("--parallax.command-line=true");
        all.add("--parallax.feeds.poll=false");
        all.add("--parallax.reviews.schedule.enabled=false");
        all.add("--parallax.newsroom.editing.schedule-enabled=false");
        return application.run(all.toArray(String[]::new));
    }
}
