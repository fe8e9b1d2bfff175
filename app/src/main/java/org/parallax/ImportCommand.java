package org.parallax;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.parallax.ingest.ImportOptions;
import org.parallax.ingest.ImportReport;
import org.parallax.ingest.Importer;
import org.parallax.search.SearchIndexBusy;
import org.parallax.search.SearchIndexing;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import articles from JSONL files, plain-text files, or folders of either.",
                "Importing again updates changed articles and leaves the rest alone.",
                "Exit code: 0 when everything was imported, 1 when any record or file failed."})
class ImportCommand implements Callable<Integer> {

    @Mixin
    DataOption dataOption;

    @Option(names = "--outlet", paramLabel = "NAME",
            description = "Outlet of plain-text files and of JSONL records that name none (default: the publication's own).")
    String outlet;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders to import.")
    List<Path> paths;

    /** The import counts as done when its articles can be found, unless a running server indexes them. */
    private static void makeSearchable(SearchIndexing indexing) {
        long began = System.nanoTime();
        try {
            indexing.catchUp();
            System.err.printf("Search index up to date (%.1f s).%n", (System.nanoTime() - began) / 1e9);
        } catch (SearchIndexBusy busy) {
            System.err.println("The search index is in use by a running Parallax server; it indexes the new articles itself.");
        }
    }

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext context = Boot.tool(dataOption.springArguments())) {
            ConsoleProgress progress = ConsoleProgress.onStandardError();
            ImportReport report = context.getBean(Importer.class).run(paths, new ImportOptions(outlet), progress);
            progress.finished(report);
            if (report.added() + report.updated() > 0) {
                makeSearchable(context.getBean(SearchIndexing.class));
            }
            return report.failedAnything() ? 1 : 0;
        }
    }
}
