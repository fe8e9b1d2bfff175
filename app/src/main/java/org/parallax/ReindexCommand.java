package org.parallax;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "reindex", mixinStandardHelpOptions = true,
        description = "Rebuild the search index from the library.")
class ReindexCommand implements Callable<Integer> {

    @Mixin
    DataOption dataOption;

    @Override
    public Integer call() {
        throw new UnsupportedOperationException("reindex is being built");
    }
}
