package org.parallax;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code ./parallax user ...} through the same command line main uses, on a real data folder. */
class UserCommandTest {

    @TempDir
    Path data;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream realOut;
    private PrintStream realErr;
    private InputStream realIn;

    @BeforeEach
    void captureOutput() {
        realOut = System.out;
        realErr = System.err;
        realIn = System.in;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreOutput() {
        System.setOut(realOut);
        System.setErr(realErr);
        System.setIn(realIn);
    }

    @Test
    void addsTheFirstAdminWithAPasswordFromStandardInputAndListsIt() {
        System.setIn(new ByteArrayInputStream("night ferries at nine\n".getBytes(StandardCharsets.UTF_8)));

        assertThat(run("user", "add", "--admin", "--password-stdin", "Ilse@Harbour.example")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Added ilse@harbour.example as admin (id 1), with a password");
        assertThat(run("user", "add", "--editor", "tomasz@quayside.example")).isZero();
        assertThat(run("user", "add", "ilse@harbour.example")).isZero();
        out.reset();

        assertThat(run("user", "list")).isZero();

        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("1  ilse@harbour.example  ADMIN  unconfirmed  password  since ")
                .contains("2  tomasz@quayside.example  EDITOR  unconfirmed  links only  since ");
    }

    @Test
    void aMalformedEmailOrAShortPasswordIsRefusedWithItsReason() {
        assertThat(run("user", "add", "--admin", "ilse.harbour.example")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("parallax user: an email address needs an @");

        System.setIn(new ByteArrayInputStream("ferry\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(run("user", "add", "--admin", "--password-stdin", "ilse@harbour.example")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("parallax user: a password needs at least 12 characters");
        out.reset();
        assertThat(run("user", "list")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).as("a refused password leaves no account behind")
                .doesNotContain("ilse@harbour.example");

        assertThat(run("user", "add", "--admin", "--editor", "ilse@harbour.example")).isEqualTo(2);
    }

    private int run(String... arguments) {
        String[] withData = new String[arguments.length + 2];
        System.arraycopy(arguments, 0, withData, 0, arguments.length);
        withData[arguments.length] = "--data";
        withData[arguments.length + 1] = data.toString();
        return new CommandLine(new ParallaxCommand()).execute(withData);
    }
}
