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

    @Test
    void anAdminAddedWithoutAPasswordGetsAOneTimeLinkToSetIt() {
        assertThat(run("user", "add", "--admin", "ilse@harbour.example")).isZero();

        assertThat(console.out())
                .contains("Added ilse@harbour.example as admin (id 1), without a password yet")
                .contains("Staff sign in with a password only.")
                .contains("Set the password of ilse@harbour.example within 15 minutes (the link works once):")
                .containsPattern("http://localhost:8080/password/reset\\?token=[A-Za-z0-9_-]{43}\n")
                .contains("./parallax user password-link ilse@harbour.example");
    }

    @Test
    void passwordLinkPrintsAFreshWorkingLinkEachTimeAndRefusesAnUnknownEmail() {
        assertThat(run("user", "add", "--editor", "tomasz@quayside.example")).isZero();
        console.reset();

        assertThat(run("user", "password-link", "Tomasz@Quayside.example")).isZero();
        String first = console.out();
        console.reset();
        assertThat(run("user", "password-link", "tomasz@quayside.example")).isZero();

        assertThat(first).containsPattern("/password/reset\\?token=[A-Za-z0-9_-]{43}");
        assertThat(console.out()).containsPattern("/password/reset\\?token=[A-Za-z0-9_-]{43}").isNotEqualTo(first);
        assertThat(run("user", "password-link", "nobody@quayside.example")).isEqualTo(1);
        assertThat(console.err()).contains("parallax user: no account uses nobody@quayside.example");
    }

    @Test
    void aReaderAddedWithoutAPasswordSignsInByLinksAndGetsNoPasswordLink() {
        assertThat(run("user", "add", "nadia@lakeshore.example")).isZero();

        assertThat(console.out()).contains("as reader (id 1), signing in by one-time links").doesNotContain("token=");
    }

    private int run(String... arguments) {
        return ConsoleCapture.parallax(data, arguments);
    }
}
