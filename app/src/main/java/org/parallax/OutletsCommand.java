package org.parallax;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.parallax.ingest.FeedStatus;
import org.parallax.ingest.Feeds;
import org.parallax.ingest.InvalidFeed;
import org.parallax.library.InvalidOutlet;
import org.parallax.library.Library;
import org.parallax.library.Outlet;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "outlets", mixinStandardHelpOptions = true,
        description = {"List the outlets and the feeds Parallax follows, with how their polling goes.",
                "Subcommands add, edit and remove outlets, and follow, pause, resume or unfollow feeds."},
        subcommands = {OutletsCommand.Add.class, OutletsCommand.Edit.class, OutletsCommand.Remove.class,
                OutletsCommand.Follow.class, OutletsCommand.Unfollow.class, OutletsCommand.Pause.class,
                OutletsCommand.Resume.class})
class OutletsCommand implements Callable<Integer> {

    @Mixin
    DataOption dataOption;

    @Override
    public Integer call() {
        return run(dataOption, (library, feeds) -> {
            List<FeedStatus> all = feeds.all();
            for (Outlet outlet : library.outlets()) {
                System.out.printf("%s (%s)%s%s%n", outlet.name(), outlet.slug(), outlet.own() ? "  [the publication]" : "",
                        outlet.homeUrl() == null ? "" : "  " + outlet.homeUrl());
                all.stream().filter(feed -> feed.outletSlug().equals(outlet.slug())).forEach(feed -> print(feed, System.out));
            }
            return 0;
        });
    }

    static void print(FeedStatus feed, PrintStream out) {
        out.printf("  feed %d  %s  every %s  %s%n", feed.id(), feed.url(), Intervals.describe(feed.interval()),
                feed.paused() ? "PAUSED" : feed.failing() ? "FAILING (" + feed.failuresInARow() + " in a row)" : "active");
        out.printf("          last fetch %s, last success %s, %d entries seen, %d failures%n",
                when(feed.lastFetch()), when(feed.lastSuccess()), feed.itemsSeen(), feed.failures());
        if (feed.lastError() != null) {
            out.printf("          last error: %s%n", feed.lastError());
        }
    }

    private static String when(Instant instant) {
        return instant == null ? "never" : instant.toString();
    }

    /** Runs an action against the library and feeds; refusals print their reason and exit 1. */
    static int run(DataOption data, Action action) {
        try (ConfigurableApplicationContext context = Boot.tool(data.springArguments())) {
            return action.apply(context.getBean(Library.class), context.getBean(Feeds.class));
        } catch (InvalidFeed | InvalidOutlet e) {
            System.err.println("parallax outlets: " + e.getMessage());
            return 1;
        }
    }

    interface Action {
        int apply(Library library, Feeds feeds);
    }

    static Outlet outletNamed(Library library, String slugOrName) {
        return library.outlet(slugOrName).or(() -> library.outlets().stream()
                        .filter(o -> o.name().equalsIgnoreCase(slugOrName)).findFirst())
                .orElseThrow(() -> new InvalidOutlet("no outlet " + slugOrName + " (see ./parallax outlets)"));
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add an outlet, with its feeds.")
    static class Add implements Callable<Integer> {
        @Mixin DataOption dataOption;
        @Parameters(paramLabel = "NAME") String name;
        @Option(names = "--home", paramLabel = "URL", description = "The outlet's home page.") String home;
        @Option(names = "--feed", paramLabel = "URL", description = "A feed to follow (repeatable).") List<String> feedUrls = List.of();
        @Option(names = "--every", paramLabel = "INTERVAL", converter = Intervals.class, defaultValue = "30m",
                description = "Polling interval, e.g. 30m, 2h (default: ${DEFAULT-VALUE}).") Duration every;

        @Override
        public Integer call() {
            return run(dataOption, (library, feeds) -> {
                Outlet outlet = library.addOutlet(name, home);
                System.out.printf("Added %s (%s)%n", outlet.name(), outlet.slug());
                feedUrls.forEach(url -> print(feeds.follow(outlet.name(), url, every), System.out));
                return 0;
            });
        }
    }

    @Command(name = "edit", mixinStandardHelpOptions = true, description = "Rename an outlet or change its home page.")
    static class Edit implements Callable<Integer> {
        @Mixin DataOption dataOption;
        @Parameters(paramLabel = "OUTLET", description = "Slug or name.") String outlet;
        @Option(names = "--name", paramLabel = "NAME") String name;
        @Option(names = "--home", paramLabel = "URL") String home;

        @Override
        public Integer call() {
            return run(dataOption, (library, feeds) -> {
                Outlet edited = library.editOutlet(outletNamed(library, outlet).slug(), name, home);
                System.out.printf("%s (%s)  %s%n", edited.name(), edited.slug(), edited.homeUrl() == null ? "" : edited.homeUrl());
                return 0;
            });
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true,
            description = "Unfollow an outlet's feeds and remove it; an outlet with articles is kept.")
    static class Remove implements Callable<Integer> {
        @Mixin DataOption dataOption;
        @Parameters(paramLabel = "OUTLET", description = "Slug or name.") String outlet;

        @Override
        public Integer call() {
            return run(dataOption, (library, feeds) -> {
                Outlet found = outletNamed(library, outlet);
                feeds.removeOutlet(found.slug());
                System.out.printf("Removed %s%n", found.name());
                return 0;
            });
        }
    }

    @Command(name = "follow", mixinStandardHelpOptions = true, description = "Follow a feed of an outlet (added when new).")
    static class Follow implements Callable<Integer> {
        @Mixin DataOption dataOption;
        @Parameters(index = "0", paramLabel = "OUTLET", description = "Name (or slug) of the outlet.") String outlet;
        @Parameters(index = "1", paramLabel = "FEED_URL") String url;
        @Option(names = "--every", paramLabel = "INTERVAL", converter = Intervals.class, defaultValue = "30m",
                description = "Polling interval, e.g. 30m, 2h (default: ${DEFAULT-VALUE}).") Duration every;

        @Override
        public Integer call() {
            return run(dataOption, (library, feeds) -> {
                String name = library.outlet(outlet).map(Outlet::name).orElse(outlet);
                print(feeds.follow(name, url, every), System.out);
                return 0;
            });
        }
    }

    @Command(name = "unfollow", mixinStandardHelpOptions = true, description = "Stop following a feed (articles stay).")
    static class Unfollow extends OnFeed {
        Unfollow() {
            super(null);
        }

        @Override
        FeedStatus apply(Feeds feeds, long id) {
            FeedStatus feed = feeds.feed(id).orElseThrow(() -> new InvalidFeed("no feed with id " + id));
            feeds.unfollow(id);
            System.out.printf("Unfollowed feed %d (%s)%n", id, feed.url());
            return null;
        }
    }

    @Command(name = "pause", mixinStandardHelpOptions = true, description = "Pause a feed, or every feed of an outlet.")
    static class Pause extends OnFeed {
        Pause() {
            super(feeds -> feeds::pause);
        }
    }

    @Command(name = "resume", mixinStandardHelpOptions = true, description = "Resume a feed, or every feed of an outlet, now.")
    static class Resume extends OnFeed {
        Resume() {
            super(feeds -> feeds::resume);
        }
    }

    /** A change to one feed (by id) or to all feeds of an outlet (by slug or name). */
    abstract static class OnFeed implements Callable<Integer> {
        @Mixin DataOption dataOption;
        @Parameters(paramLabel = "FEED_ID|OUTLET") String target;
        private final Function<Feeds, Function<Long, FeedStatus>> change;

        OnFeed(Function<Feeds, Function<Long, FeedStatus>> change) {
            this.change = change;
        }

        FeedStatus apply(Feeds feeds, long id) {
            return change.apply(feeds).apply(id);
        }

        @Override
        public Integer call() {
            return run(dataOption, (library, feeds) -> {
                List<Long> ids = target.matches("\\d+") ? List.of(Long.parseLong(target))
                        : feeds.all().stream().filter(f -> f.outletSlug().equals(outletNamed(library, target).slug()))
                                .map(FeedStatus::id).toList();
                if (ids.isEmpty()) {
                    throw new InvalidFeed(target + " has no feeds");
                }
                ids.forEach(id -> {
                    FeedStatus changed = apply(feeds, id);
                    if (changed != null) {
                        print(changed, System.out);
                    }
                });
                return 0;
            });
        }
    }
}
