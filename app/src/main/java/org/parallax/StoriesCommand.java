package org.parallax;

import java.io.PrintStream;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.parallax.stories.RestoryProgress;
import org.parallax.stories.Stories;
import org.parallax.stories.Story;
import org.parallax.stories.StoryFilter;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tools.jackson.databind.json.JsonMapper;

@Command(name = "stories", mixinStandardHelpOptions = true,
        description = {"List the latest stories, or with --jsonl print every article's story, one JSON line each:",
                "{\"id\": the article's import id (its URL when it had none), \"story\": the story's id}.",
                "Articles stored since the last run are filed into stories first."})
class StoriesCommand implements Callable<Integer> {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Mixin
    DataOption dataOption;

    @Option(names = "--jsonl", description = "Print every article's story as JSON lines.")
    boolean jsonl;

    @Option(names = "--limit", defaultValue = "20", description = "Stories to list without --jsonl (default ${DEFAULT-VALUE}).")
    int limit;

    /** Files what the desk has not read yet, with a progress line now and then when that takes long. */
    private static boolean catchUp(Stories stories, PrintStream err) {
        long deadline = System.nanoTime() + Duration.ofHours(6).toNanos();
        boolean shown = false;
        while (System.nanoTime() < deadline) {
            if (stories.awaitCaughtUp(Duration.ofSeconds(2))) {
                if (shown) {
                    err.println();
                }
                return true;
            }
            RestoryProgress progress = stories.progress();
            err.printf(Locale.ROOT, "\rFiling stories: %,d of %,d library changes, %,d stories", progress.done(), progress.total(),
                    progress.stories());
            shown = true;
        }
        return false;
    }

    @Override
    public Integer call() {
        PrintStream err = System.err;
        try (ConfigurableApplicationContext context = Boot.tool(dataOption.springArguments())) {
            Stories stories = context.getBean(Stories.class);
            long started = System.nanoTime();
            if (catchUp(stories, err)) {
                err.printf(Locale.ROOT, "Stories up to date (%.1f s).%n", (System.nanoTime() - started) / 1e9);
            } else {
                err.println("Could not file every article into a story; the list below may be incomplete.");
            }
            PrintStream out = System.out;
            if (jsonl) {
                stories.memberships(member -> {
                    Map<String, String> line = new LinkedHashMap<>();
                    line.put("id", member.importId());
                    line.put("story", Long.toString(member.storyId()));
                    out.println(JSON.writeValueAsString(line));
                });
            } else {
                List<Story> latest = stories.stories(StoryFilter.latest(Math.clamp(limit, 1, StoryFilter.LARGEST_PAGE)));
                for (Story story : latest) {
                    out.printf("%d  %s  (%d articles, %d outlets, %s to %s)%n", story.id(), story.headline(), story.articles(),
                            story.outlets(), story.firstPublished(), story.lastPublished());
                }
            }
            out.flush();
            return 0;
        }
    }
}
