package org.parallax;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.parallax.stories.RestoryProgress;
import org.parallax.stories.Stories;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "restory", mixinStandardHelpOptions = true,
        description = "Rebuild the stories, entities and quotes from the library, article by article in storage order.")
class RestoryCommand implements Callable<Integer> {

    @Mixin
    DataOption dataOption;

    @Override
    public Integer call() {
        PrintStream err = System.err;
        long started = System.nanoTime();
        try (ConfigurableApplicationContext context = Boot.tool(dataOption.springArguments())) {
            RestoryProgress done = context.getBean(Stories.class).restory(progress -> err.print("\r" + line(progress)));
            err.println();
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.println(String.format(Locale.ROOT, "Filed %,d library changes into %,d %s in %.1f s.",
                    done.done(), done.stories(), done.stories() == 1 ? "story" : "stories", seconds));
            return 0;
        }
    }

    private static String line(RestoryProgress progress) {
        long percent = progress.total() == 0 ? 100 : progress.done() * 100 / progress.total();
        return String.format(Locale.ROOT, "%,d of %,d library changes (%d%%), %,d stories", progress.done(), progress.total(),
                percent, progress.stories());
    }
}
