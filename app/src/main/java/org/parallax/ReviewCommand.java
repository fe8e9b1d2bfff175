package org.parallax;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import org.parallax.reviews.Deliveries;
import org.parallax.reviews.DeliveryReport;
import org.parallax.reviews.Edition;
import org.parallax.reviews.EditionComposer;
import org.parallax.reviews.EditionContent;
import org.parallax.reviews.EditionDates;
import org.parallax.reviews.Editions;
import org.parallax.reviews.Review;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "review", mixinStandardHelpOptions = true,
        description = {"Print the next edition of a review (--preview: the subject, then the plain text, or the",
                "HTML with --html), or freeze it and send it now (--send) to every eligible reader.",
                "REVIEW is daily, weekly or newsletter. Sending exits 1 when some recipients failed."})
class ReviewCommand implements Callable<Integer> {

    /** How often --send reports its progress. */
    private static final long PROGRESS_MILLIS = 1000;

    @Mixin
    DataOption dataOption;

    @Parameters(paramLabel = "REVIEW", description = "daily, weekly or newsletter")
    String review;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Action action;

    static class Action {
        @Option(names = "--preview", description = "Print the edition without sending or storing anything.") boolean preview;
        @Option(names = "--send", description = "Freeze the edition and send it now.") boolean send;
    }

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "The edition's date in the publication's time zone (default: the next edition not sent yet).")
    String date;

    @Option(names = "--html", description = "With --preview: print the HTML instead of the plain text.")
    boolean html;

    @Override
    public Integer call() {
        Review chosen;
        LocalDate day;
        try {
            chosen = Review.ofSlug(review);
            day = date == null ? null : LocalDate.parse(date.strip());
        } catch (IllegalArgumentException | DateTimeParseException e) {
            System.err.println("parallax review: " + (e instanceof DateTimeParseException ? "--date takes YYYY-MM-DD, not " + date
                    : e.getMessage()));
            return 2;
        }
        try (ConfigurableApplicationContext context = Boot.tool(dataOption.springArguments())) {
            EditionDates dates = context.getBean(EditionDates.class);
            LocalDate edition = day == null ? dates.next(chosen) : day;
            if (!dates.publishes(chosen, edition)) {
                System.err.printf("parallax review: %s has no edition on %s (%s); the next one is on %s%n", chosen.title(),
                        edition, edition.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH),
                        dates.next(chosen));
                return 2;
            }
            String settings = context.getEnvironment().getRequiredProperty("parallax.base-url").replaceAll("/+$", "")
                    + "/account/emails";
            return action.preview ? preview(context.getBean(EditionComposer.class), chosen, edition, settings)
                    : send(context.getBean(Editions.class), context.getBean(Deliveries.class), chosen, edition);
        }
    }

    private int preview(EditionComposer composer, Review chosen, LocalDate edition, String settings) {
        // A preview names no one: its links lead to the email settings of whoever opens them.
        EditionContent content = composer.compose(chosen, edition).addressed(settings, settings);
        PrintStream out = System.out;
        out.println("Subject: " + content.subject());
        out.println();
        out.println(html ? content.html() : content.text());
        out.flush();
        return 0;
    }

    private static int send(Editions editions, Deliveries deliveries, Review chosen, LocalDate day) {
        PrintStream err = System.err;
        Edition edition = editions.freeze(chosen, day);
        err.printf(Locale.ROOT, "%s of %s: \"%s\", %,d recipients%n", chosen.title(), day, edition.subject(),
                deliveries.report(edition.id()).recipients());
        AtomicBoolean shown = new AtomicBoolean();
        Thread progress = Thread.ofPlatform().name("review-progress").daemon().start(() -> {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    Thread.sleep(PROGRESS_MILLIS);
                    err.print("\r" + counts(deliveries.report(edition.id())));
                    shown.set(true);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        try {
            deliveries.deliver(edition.id());
        } finally {
            progress.interrupt();
            try {
                progress.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (shown.get()) {
            err.println();
        }
        DeliveryReport report = deliveries.report(edition.id());
        System.out.println(counts(report));
        if (report.pending() > 0) {
            err.printf(Locale.ROOT, "%,d wait for a retry after a temporary refusal; the server sends them when due,"
                    + " or run this again later.%n", report.pending());
        }
        return report.failed() > 0 ? 1 : 0;
    }

    private static String counts(DeliveryReport report) {
        return String.format(Locale.ROOT, "Sent %,d of %,d, failed %,d, pending %,d", report.sent(), report.recipients(),
                report.failed(), report.pending());
    }
}
