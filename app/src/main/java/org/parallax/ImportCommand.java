package org.parallax;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import articles from JSONL files, plain-text files, or folders of either.")
class ImportCommand implements Callable<Integer> {

    @Mixin
    DataOption dataOption;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders to import.")
    List<Path> paths;

    @Override
    public Integer call() {
        throw new UnsupportedOperationException("import is being built");
    }
}
