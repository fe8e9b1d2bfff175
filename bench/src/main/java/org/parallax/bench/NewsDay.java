package org.parallax.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import org.parallax.ingest.ImportOptions;
import org.parallax.ingest.ImportProgress;
import org.parallax.ingest.ImportReport;
import org.parallax.ingest.Importer;
import org.parallax.reviews.Review;
import org.parallax.reviews.internal.ReviewCalendar;
import org.parallax.stories.Stories;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** A day of news for the review benchmark: articles dated inside the period a Daily Review covers, filed into stories. */
final class NewsDay {

    private static final int ARTICLES = 600;
    private static final String[] OUTLETS = {"Meridian Wire", "Harbour Gazette", "Northern Ledger", "Coastal Courier",
        "Valley Observer"};

    private NewsDay() {
    }

    /** The latest Daily Review whose send time has passed, so its period lies wholly in the past. */
    static LocalDate latestDailyEdition(ConfigurableApplicationContext context) {
        ReviewCalendar calendar = context.getBean(ReviewCalendar.class);
        LocalDate date = LocalDate.now(calendar.timeZone());
        while (!calendar.publishes(Review.DAILY, date) || calendar.sendTime(Review.DAILY, date).isAfter(ZonedDateTime.now())) {
            date = date.minusDays(1);
        }
        return date;
    }

    static void importAndFile(ConfigurableApplicationContext context, Path source, LocalDate date, Path work)
            throws IOException {
        ReviewCalendar.Period period = context.getBean(ReviewCalendar.class).period(Review.DAILY, date);
        long span = Duration.between(period.from(), period.to()).toMillis();
        JsonMapper json = JsonMapper.builder().build();
        Path day = work.resolve("news-day.jsonl");
        try (BufferedReader in = Files.newBufferedReader(source); BufferedWriter out = Files.newBufferedWriter(day)) {
            String line;
            for (int i = 0; i < ARTICLES && (line = in.readLine()) != null; i++) {
                ObjectNode article = (ObjectNode) json.readTree(line);
                article.put("outlet", OUTLETS[i % OUTLETS.length]);
                article.put("published", Instant.ofEpochMilli(period.from().toEpochMilli() + span * (i + 1) / (ARTICLES + 1)).toString());
                out.write(json.writeValueAsString(article));
                out.newLine();
            }
        }
        long began = System.nanoTime();
        ImportReport report = context.getBean(Importer.class).run(List.of(day), ImportOptions.defaults(), ImportProgress.SILENT);
        Stories stories = context.getBean(Stories.class);
        if (!stories.awaitCaughtUp(Duration.ofMinutes(5))) {
            throw new IllegalStateException("the story desk did not file the day's news within five minutes");
        }
        System.out.printf("a day of news: %s; filed into stories in %.1f s%n", report, (System.nanoTime() - began) / 1e9);
    }
}
