package org.parallax;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.parallax.ingest.ImportOptions;
import org.parallax.ingest.ImportReport;
import org.parallax.ingest.Importer;
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

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext context = Boot.tool(dataOption.springArguments())) {
            ConsoleProgress progress = ConsoleProgress.onStandardError();
            ImportReport report = context.getBean(Importer.class).run(paths, new ImportOptions(outlet), progress);
            progress.finished(report);
            return report.failedAnything() ? 1 : 0;
        }
    }
}
