package org.parallax.stories.internal.desk;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;

/** Where the desk's time goes, by step, so a slow rebuild says what is slow. */
final class DeskTimings {

    enum Step { READING, ENTITIES, GROUPING, STORIES, STATE }

    private final Map<Step, Long> nanos = new EnumMap<>(Step.class);
    private long articles;

    synchronized <T> T time(Step step, Supplier<T> work) {
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            nanos.merge(step, System.nanoTime() - start, Long::sum);
        }
    }

    void time(Step step, Runnable work) {
        time(step, () -> {
            work.run();
            return null;
        });
    }

    synchronized void counted(int more) {
        articles += more;
    }

    synchronized void reset() {
        nanos.clear();
        articles = 0;
    }

    @Override
    public synchronized String toString() {
        StringBuilder text = new StringBuilder().append(articles).append(" articles:");
        nanos.forEach((step, spent) -> text.append(' ').append(step.name().toLowerCase()).append(' ')
                .append(spent / 1_000_000).append(" ms"));
        return text.toString();
    }
}
