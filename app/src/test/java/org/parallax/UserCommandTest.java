package org.parallax;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./parallax user ...} through the same command line main uses, on a real data folder. */
class UserCommandTest {

    @TempDir
    Path data;

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @Test
    void addsTheFirstAdminWithAPasswordFromStandardInputAndListsIt() {
        console.input("night ferries at nine\n");

        assertThat(run("user", "add", "--admin", "--password-stdin", "Ilse@Harbour.example")).isZero();
        assertThat(console.out()).contains("Added ilse@harbour.example as admin (id 1), with a password");
        assertThat(run("user", "add", "--editor", "tomasz@quayside.example")).isZero();
        assertThat(run("user", "add", "ilse@harbour.example")).isZero();
        console.reset();

        assertThat(run("user", "list")).isZero();

        assertThat(console.out())
                .contains("1  ilse@harbour.example  ADMIN  unconfirmed  password  since ")
                .contains("2  tomasz@quayside.example  EDITOR  unconfirmed  links only  since ");
    }

    @Test
    void aMalformedEmailOrAShortPasswordIsRefusedWithItsReason() {
        assertThat(run("user", "add", "--admin", "ilse.harbour.example")).isEqualTo(1);
        assertThat(console.err()).contains("parallax user: an email address needs an @");

        console.input("ferry\n");
        assertThat(run("user", "add", "--admin", "--password-stdin", "ilse@harbour.example")).isEqualTo(1);
        assertThat(console.err()).contains("parallax user: a password needs at least 12 characters");
        console.reset();
        assertThat(run("user", "list")).isZero();
        assertThat(console.out()).as("a refused password leaves no account behind")
                .doesNotContain("ilse@harbour.example");

        assertThat(run("user", "add", "--admin", "--editor", "ilse@harbour.example")).isEqualTo(2);
    }

    private int run(String... arguments) {
        return ConsoleCapture.parallax(data, arguments);
    }
}
