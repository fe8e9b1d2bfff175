package org.parallax.bench;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.parallax.ParallaxApplication;
import org.parallax.reviews.Deliveries;
import org.parallax.reviews.DeliveryReport;
import org.parallax.reviews.Edition;
import org.parallax.reviews.EditionComposer;
import org.parallax.reviews.EditionContent;
import org.parallax.reviews.Editions;
import org.parallax.reviews.Review;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The Daily Review to many subscribers over SMTP, through the application's own Editions and
 * Deliveries (outbox, claims, eligibility checked per message, one SMTP connection per batch) to a
 * GreenMail server in the same process. Times the freeze (composing and addressing the edition) and
 * the send, then checks that every subscriber got exactly one copy.
 *
 * <p>Usage: {@code ReviewDelivery DATA_DIR [RECIPIENTS] [DATABASE_URL] [--setting=value ...]} (no URL, or an
 * empty one: SQLite under DATA_DIR); further arguments go to the application, e.g.
 * {@code --parallax.reviews.sending.connections=4}.
 * The application's composer is used when it has one, over a day of news: with {@code
 * NEWS_JSONL} (e.g. the Reuters corpus) its first articles are imported under five outlets, dated
 * across the period of the latest Daily Review that has gone out by now, and filed into stories
 * before the edition is frozen, so the edition is a full one and not a quiet day's. Without a
 * composer, an edition of the Daily Review's size (ten stories with summaries) stands in.
 */
public final class ReviewDelivery {

    private ReviewDelivery() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]).toAbsolutePath();
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        String database = args.length > 2 ? args[2] : "";
        Path news = System.getProperty("news") == null ? null : Path.of(System.getProperty("news"));
        GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ParallaxApplication.class)
                .web(WebApplicationType.NONE)
                .initializers(app -> app.addBeanFactoryPostProcessor(beans -> {
                    if (beans.getBeanNamesForType(EditionComposer.class, false, false).length == 0) {
                        beans.registerSingleton("standInComposer", standIn());
                    }
                }))
                .run(arguments(args, data, database, smtp.getSmtp().getPort()))) {
            subscribe(context.getBean(JdbcTemplate.class), count);
            Editions editions = context.getBean(Editions.class);
            Deliveries deliveries = context.getBean(Deliveries.class);
            LocalDate date = news == null ? LocalDate.now().plusYears(1) : NewsDay.latestDailyEdition(context);
            if (news != null) {
                NewsDay.importAndFile(context, news, date, data);
            }

            long began = System.nanoTime();
            Edition edition = editions.freeze(Review.DAILY, date);
            long frozen = System.nanoTime();
            DeliveryReport report = deliveries.deliver(edition.id());
            long sent = System.nanoTime();

            MimeMessage[] received = smtp.getReceivedMessages();
            System.out.printf("Daily Review to %,d subscribers over SMTP (%s)%n", count, database.isBlank() ? "SQLite" : "PostgreSQL");
            System.out.printf("edition: %,d bytes of HTML, %,d of text%n", edition.html().length(), edition.text().length());
            System.out.printf("freeze (compose + address): %.2f s%n", (frozen - began) / 1e9);
            System.out.printf("send: %.2f s, %,.0f messages/s%n", (sent - frozen) / 1e9, report.sent() / ((sent - frozen) / 1e9));
            System.out.printf("total: %.2f s%n", (sent - began) / 1e9);
            System.out.printf("report: %s%n", report);
            System.out.printf("received %,d, distinct recipients %,d%n", received.length, recipients(received).size());
            if (report.sent() != count || received.length != count || recipients(received).size() != count) {
                throw new IllegalStateException("not every subscriber got exactly one copy");
            }
        } finally {
            smtp.stop();
        }
    }

    private static String[] arguments(String[] args, Path data, String database, int smtpPort) {
        List<String> arguments = new ArrayList<>(List.of("--parallax.data=" + data,
                "--parallax.database.url=" + database, "--parallax.feeds.poll=false", "--parallax.feeds.seed-defaults=false",
                "--parallax.mail.smtp-host=127.0.0.1", "--parallax.mail.smtp-port=" + smtpPort, "--parallax.mail.starttls=false",
                "--logging.level.root=WARN"));
        for (int i = 3; i < args.length; i++) {
            arguments.add(args[i]);
        }
        return arguments.toArray(String[]::new);
    }

    /** Confirmed readers with complimentary All-Access, written in one go. */
    private static void subscribe(JdbcTemplate jdbc, int count) {
        long now = Instant.now().toEpochMilli();
        jdbc.batchUpdate("insert into reader (email, role, confirmed_at, created_at) values (?, 'READER', ?, ?)",
                java.util.stream.IntStream.rangeClosed(1, count)
                        .mapToObj(i -> new Object[] {"subscriber-" + i + "@bench.example", now, now})
                        .toList());
        jdbc.update("""
                insert into subscription (reader_id, source, status, grants_access, created_at, updated_at)
                select id, 'complimentary', 'complimentary', ?, ?, ? from reader where email like '%@bench.example'""", true, now, now);
    }

    private static Set<String> recipients(MimeMessage[] received) throws MessagingException {
        Set<String> seen = new HashSet<>();
        for (MimeMessage message : received) {
            seen.add(message.getAllRecipients()[0].toString());
        }
        return seen;
    }

    /** Ten stories with a summary each, laid out in tables with inline styles as mail clients need. */
    private static EditionComposer standIn() {
        return (review, date) -> {
            StringBuilder html = new StringBuilder("<!doctype html><html><body style=\"margin:0;background:#f4f1ea\">"
                    + "<table role=\"presentation\" width=\"100%\" style=\"font-family:Georgia,serif;color:#1a1a1a\">");
            StringBuilder text = new StringBuilder(review.title() + ", " + date + "\n\n");
            for (int i = 1; i <= 10; i++) {
                String headline = "Harbour board story " + i + ": the night ferries and the port's new timetable";
                String summary = ("Outlets across the region reported the change, quoting the harbour master and the ferry "
                        + "workers' union, who disagreed about the cost. ").repeat(3);
                html.append("<tr><td style=\"padding:16px 24px;border-bottom:1px solid #ddd\"><h2 style=\"font-size:20px;margin:0 0 8px\">")
                        .append(headline).append("</h2><p style=\"font-size:16px;line-height:1.5;margin:0 0 8px\">").append(summary)
                        .append("</p><a href=\"https://parallax.example/stories/").append(i)
                        .append("\" style=\"color:#8a1c1c\">Read the story</a></td></tr>");
                text.append(headline).append("\n").append(summary).append("\nhttps://parallax.example/stories/").append(i).append("\n\n");
            }
            html.append("<tr><td style=\"padding:16px 24px;font-size:12px\"><a href=\"").append(EditionContent.PREFERENCES)
                    .append("\">Choose your emails</a> &middot; <a href=\"").append(EditionContent.UNSUBSCRIBE)
                    .append("\">Unsubscribe</a></td></tr></table></body></html>");
            text.append("Choose your emails: ").append(EditionContent.PREFERENCES).append("\nUnsubscribe: ")
                    .append(EditionContent.UNSUBSCRIBE).append("\n");
            return new EditionContent(review, date, review.title() + " for " + date, html.toString(), text.toString());
        };
    }
}
