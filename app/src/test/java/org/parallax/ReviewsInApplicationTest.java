package org.parallax;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.reviews.Deliveries;
import org.parallax.reviews.DeliveryReport;
import org.parallax.reviews.Edition;
import org.parallax.reviews.EditionComposer;
import org.parallax.reviews.EditionContent;
import org.parallax.reviews.Editions;
import org.parallax.reviews.Review;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The application as configured wires the reviews' delivery: an edition frozen for a subscriber
 * reaches the embedded default's Maildir with links to the configured base URL.
 */
class ReviewsInApplicationTest {

    @TempDir
    Path data;

    @Test
    void aFrozenDailyReviewReachesTheSubscribersMaildirWithLinksToTheSite() throws Exception {
        SpringApplication application = new SpringApplication(ParallaxApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        // Until the composition part is in place, a small composer stands in; the real one is used when present.
        application.addInitializers(context -> context.addBeanFactoryPostProcessor(beans -> {
            if (beans.getBeanNamesForType(EditionComposer.class, false, false).length == 0) {
                beans.registerSingleton("standInComposer", (EditionComposer) (review, date) -> new EditionContent(review, date,
                        review.title(), "<p><a href=\"" + EditionContent.UNSUBSCRIBE + "\">Unsubscribe</a></p>",
                        "Unsubscribe: " + EditionContent.UNSUBSCRIBE + "\n"));
            }
        }));
        try (ConfigurableApplicationContext context = application.run("--parallax.data=" + data, "--parallax.feeds.poll=false",
                "--parallax.feeds.seed-defaults=false", "--parallax.base-url=https://news.harbour.example/",
                "--logging.level.root=WARN")) {
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            long ilse = jdbc.sql("insert into reader (email, role, confirmed_at, created_at) values (?, 'READER', 1, 1) returning id")
                    .param("ilse@harbour.example").query(Long.class).single();
            jdbc.sql("""
                    insert into subscription (reader_id, source, status, grants_access, created_at, updated_at)
                    values (?, 'complimentary', 'complimentary', ?, 1, 1)""").params(ilse, true).update();

            Edition edition = context.getBean(Editions.class).freeze(Review.DAILY, LocalDate.now().plusDays(1));
            DeliveryReport report = context.getBean(Deliveries.class).deliver(edition.id());

            assertThat(report.sent()).isEqualTo(1);
            List<MimeMessage> copies = Inbox.in(data).messagesTo("ilse@harbour.example");
            assertThat(copies).hasSize(1);
            assertThat(copies.getFirst().getHeader("List-Unsubscribe")[0])
                    .startsWith("<https://news.harbour.example/reviews/unsubscribe/" + ilse + ".daily.");
            assertThat(copies.getFirst().getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
            assertThat(copies.getFirst().getMessageID()).endsWith("@news.harbour.example>");
            assertThat(GreenMailUtil.getBody(copies.getFirst()))
                    .contains("https://news.harbour.example/reviews/unsubscribe/" + ilse + ".daily.");
        }
    }
}
