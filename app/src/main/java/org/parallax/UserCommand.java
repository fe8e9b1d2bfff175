package org.parallax;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.ToIntBiFunction;
import java.util.function.ToIntFunction;
import org.parallax.readers.InvalidEmail;
import org.parallax.readers.InvalidReader;
import org.parallax.readers.Purpose;
import org.parallax.readers.Reader;
import org.parallax.readers.Readers;
import org.parallax.readers.Role;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "user", mixinStandardHelpOptions = true,
        description = {"List the accounts of readers and staff.", "Subcommand add creates one, e.g. the first admin;",
                "password-link prints a link to set a password."},
        subcommands = {UserCommand.Add.class, UserCommand.ListAll.class, UserCommand.PasswordLink.class})
class UserCommand implements Callable<Integer> {

    @Mixin
    DataOption dataOption;

    @Override
    public Integer call() {
        return run(dataOption, UserCommand::list);
    }

    static int list(Readers readers) {
        for (Reader reader : readers.all()) {
            System.out.printf("%d  %s  %s  %s  %s  since %s%n", reader.id(), reader.email(), reader.role(),
                    reader.confirmed() ? "confirmed" : "unconfirmed",
                    reader.hasPassword() ? "password" : "links only", reader.createdAt());
        }
        return 0;
    }

    /** Runs an action against the accounts; refusals print their reason and exit 1. */
    static int run(DataOption data, ToIntFunction<Readers> action) {
        return run(data, (readers, baseUrl) -> action.applyAsInt(readers));
    }

    /** Runs an action that also needs the site's address (parallax.base-url) for links. */
    static int run(DataOption data, ToIntBiFunction<Readers, String> action) {
        try (ConfigurableApplicationContext context = Boot.tool(data.springArguments())) {
            String baseUrl = context.getEnvironment().getRequiredProperty("parallax.base-url").replaceAll("/+$", "");
            return action.applyAsInt(context.getBean(Readers.class), baseUrl);
        } catch (InvalidEmail | InvalidReader e) {
            System.err.println("parallax user: " + e.getMessage());
            return 1;
        }
    }

    /**
     * Prints a one-time link to set the password (the page the emailed reset link opens), for staff
     * who have none yet or lost it; it works once, for the link lifetime (15 minutes).
     */
    static void printPasswordLink(Readers readers, String baseUrl, Reader reader) {
        String token = readers.issueLink(reader.id(), Purpose.RESET_PASSWORD);
        System.out.printf("Set the password of %s within 15 minutes (the link works once):%n%s/password/reset?token=%s%n",
                reader.email(), baseUrl, token);
    }

    @Command(name = "password-link", mixinStandardHelpOptions = true,
            description = {"Print a one-time link (15 minutes) to set the password of an account,",
                    "e.g. for an admin added without --password-stdin or who forgot it."})
    static class PasswordLink implements Callable<Integer> {
        @Mixin DataOption dataOption;
        @Parameters(paramLabel = "EMAIL") String email;

        @Override
        public Integer call() {
            return run(dataOption, (readers, baseUrl) -> {
                Reader reader = readers.byEmail(email).orElseThrow(() -> new InvalidReader("no account uses " + email.strip()));
                printPasswordLink(readers, baseUrl, reader);
                return 0;
            });
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the accounts, oldest first.")
    static class ListAll implements Callable<Integer> {
        @Mixin DataOption dataOption;

        @Override
        public Integer call() {
            return run(dataOption, UserCommand::list);
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = {"Add an account (or change the role of an existing one).",
                    "Without --password-stdin a reader signs in by one-time links; for staff it prints",
                    "a one-time link (15 minutes) to set the password."})
    static class Add implements Callable<Integer> {
        @Mixin DataOption dataOption;
        @Parameters(paramLabel = "EMAIL") String email;
        @ArgGroup(exclusive = true) StaffRole staffRole;
        @Option(names = "--password-stdin", description = "Read the password (at least 12 characters) from one line of standard input.")
        boolean passwordStdin;

        static class StaffRole {
            @Option(names = "--admin", description = "An admin: outlets, feeds, plans, settings.") boolean admin;
            @Option(names = "--editor", description = "An editor: writes and publishes.") boolean editor;
        }

        @Override
        public Integer call() {
            // Read the password before starting Spring, so a missing one fails fast.
            String password = passwordStdin ? readLine() : null;
            if (passwordStdin && (password == null || password.isEmpty())) {
                System.err.println("parallax user: --password-stdin read no password from standard input");
                return 1;
            }
            // Without --admin or --editor an existing account keeps its role; a new one is a reader.
            Role role = staffRole == null ? null : staffRole.admin ? Role.ADMIN : Role.EDITOR;
            return run(dataOption, (readers, baseUrl) -> {
                Reader reader = password == null ? readers.register(email) : readers.register(email, password);
                reader = role == null ? readers.reader(reader.id()).orElseThrow() : readers.grant(reader.id(), role);
                boolean staff = reader.role().includes(Role.EDITOR);
                System.out.printf("Added %s as %s (id %d)%s%n", reader.email(), reader.role().name().toLowerCase(Locale.ROOT),
                        reader.id(), password != null || reader.hasPassword() ? ", with a password"
                                : staff ? ", without a password yet" : ", signing in by one-time links");
                if (staff && !reader.hasPassword()) {
                    // Staff sign in only with a password, so hand over a way to set one.
                    System.out.println("Staff sign in with a password only.");
                    printPasswordLink(readers, baseUrl, reader);
                    System.out.println("For a fresh link later: ./parallax user password-link " + reader.email());
                }
                return 0;
            });
        }

        private static String readLine() {
            try {
                return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
