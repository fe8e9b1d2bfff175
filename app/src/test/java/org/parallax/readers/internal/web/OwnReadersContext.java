package org.parallax.readers.internal.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.parallax.readers.AccountData;
import org.parallax.readers.AccountSection;
import org.parallax.readers.Reader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An application of its own for the readers' tests that need what the shared web-test context
 * must not have: tight rate limits (three attempts of each kind) and another module's additions
 * to the account page and export. Tests here use their own client addresses and emails.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(OwnReadersContext.Extensions.class)
abstract class OwnReadersContext {

    static final int ATTEMPTS = 3;
    private static final Path DATA = folder();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("parallax.data", DATA::toString);
        registry.add("parallax.feeds.poll", () -> "false");
        for (String limit : new String[] {"sign-in-per-address", "sign-in-per-ip", "links-per-address", "links-per-ip",
                "email-change-per-account", "email-change-per-ip", "links-redeemed-per-ip"}) {
            registry.add("parallax.readers.limits." + limit + ".attempts", () -> Integer.toString(ATTEMPTS));
        }
    }

    @Autowired
    protected MockMvc mvc;

    /** How many messages this application mailed to the address. */
    static long mailsTo(String email) {
        Path folder = DATA.resolve("mail").resolve("new");
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> read(file).contains("To: " + email)).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path folder() {
        try {
            Path folder = Files.createTempDirectory("parallax-readers-test");
            folder.toFile().deleteOnExit();
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the access module will add: a section on the account page and data in the export. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Extensions {

        @Bean
        AccountSection subscriptionSection() {
            return new AccountSection() {
                @Override
                public String title() {
                    return "Subscription";
                }

                @Override
                public List<AccountSection.Line> lines(Reader reader) {
                    return List.of(AccountSection.Line.plain("All-Access until 2026-12-31 for " + reader.email()),
                            AccountSection.Line.plain("<b>not markup</b>"));
                }
            };
        }

        @Bean
        AccountData unlockedArticles() {
            return new AccountData() {
                @Override
                public String name() {
                    return "unlocked";
                }

                @Override
                public Object export(Reader reader) {
                    return List.of("orsava-inside-the-sluice-deal", "lakeshore-courier-summit-report");
                }
            };
        }
    }
}
