package org.parallax;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.parallax.search.ReindexProgress;
import org.parallax.search.SearchIndexBusy;
import org.parallax.search.SearchIndexing;
import org.parallax.search.SearchUnavailable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "reindex", mixinStandardHelpOptions = true,
        description = "Rebuild the search index from the library (on OpenSearch: into a new index, then the alias moves to it).")
class ReindexCommand implements Callable<Integer> {

    @Mixin
    DataOption dataOption;

    @Override
    public Integer call() {
        PrintStream err = System.err;
        try (ConfigurableApplicationContext context = Boot.tool(dataOption.springArguments())) {
            ReindexProgress done = context.getBean(SearchIndexing.class).reindex(progress -> err.print("\r" + line(progress)));
            err.println();
            System.out.println(String.format(Locale.ROOT, "Reindexed %,d articles in %.1f s (%,.0f articles/s).",
                    done.indexed(), done.elapsed().toMillis() / 1000.0, done.articlesPerSecond()));
            return 0;
        } catch (SearchIndexBusy busy) {
            err.println();
            err.println("The search index is in use by another Parallax process, most likely a running server"
                    + " (parallax serve), which keeps the index up to date by itself. Stop it to rebuild the index.");
            return 1;
        } catch (SearchUnavailable unavailable) {
            err.println();
            err.println("The search engine cannot be reached: " + unavailable.getMessage()
                    + ". Nothing was changed; searches still use the index they had.");
            return 1;
        }
    }

    private static String line(ReindexProgress progress) {
        return String.format(Locale.ROOT, "%,d of %,d articles (%d%%), %,.0f articles/s",
                progress.indexed(), progress.total(), progress.percent(), progress.articlesPerSecond());
    }
}
