package org.parallax;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

@Command(name = "parallax", mixinStandardHelpOptions = true, version = "Parallax 0.1",
        description = "A global-affairs news library and publication.",
        subcommands = {ServeCommand.class, ImportCommand.class, ReindexCommand.class, OutletsCommand.class,
                FeedCommand.class, ExtractCommand.class, UserCommand.class, StoriesCommand.class,
                RestoryCommand.class, ReviewCommand.class, ReadyCommand.class})
class ParallaxCommand implements Runnable {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** True once {@code serve} has started the server, which runs until it is stopped. */
    boolean keepsRunning() {
        CommandLine serve = spec.commandLine().getSubcommands().get("serve");
        return serve.<ServeCommand>getCommand().context != null;
    }
}
