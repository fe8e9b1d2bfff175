package org.parallax;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.ToIntFunction;
import org.parallax.readers.InvalidEmail;
import org.parallax.readers.InvalidReader;
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
        description = {"List the accounts of readers and staff.", "Subcommand add creates one, e.g. the first admin."},
        subcommands = {UserCommand.Add.class, UserCommand.ListAll.class})
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
        try (ConfigurableApplicationContext context = Boot.tool(data.springArguments())) {
            return action.applyAsInt(context.getBean(Readers.class));
        } catch (InvalidEmail | InvalidReader e) {
            System.err.println("parallax user: " + e.getMessage());
            return 1;
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
                    "Without --password-stdin it signs in by one-time links only."})
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
            return run(dataOption, readers -> {
                Reader reader = password == null ? readers.register(email) : readers.register(email, password);
                reader = role == null ? readers.reader(reader.id()).orElseThrow() : readers.grant(reader.id(), role);
                System.out.printf("Added %s as %s (id %d)%s%n", reader.email(), reader.role().name().toLowerCase(Locale.ROOT),
                        reader.id(), password == null ? ", signing in by one-time links" : ", with a password");
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
