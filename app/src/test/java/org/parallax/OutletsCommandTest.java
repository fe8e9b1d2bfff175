package org.parallax;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code ./parallax outlets ...} through the same command line main uses, on a real data folder. */
class OutletsCommandTest {

    @TempDir
    Path data;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream realOut;
    private PrintStream realErr;

    @BeforeEach
    void captureOutput() {
        realOut = System.out;
        realErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreOutput() {
        System.setOut(realOut);
        System.setErr(realErr);
    }

    @Test
    void addsAnOutletWithAFeedListsItPausesItAndRemovesIt() {
        assertThat(run("outlets", "add", "Harbour Gazette", "--home", "https://harbour-gazette.example",
                "--feed", "https://harbour-gazette.example/rss.xml", "--every", "2h")).isZero();
        assertThat(run("outlets", "pause", "harbour-gazette")).isZero();
        out.reset();

        assertThat(run("outlets")).isZero();

        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("Harbour Gazette (harbour-gazette)  https://harbour-gazette.example/",
                        "https://harbour-gazette.example/rss.xml  every 2h  PAUSED", "last fetch never");
        assertThat(run("outlets", "remove", "Harbour Gazette")).isZero();
        out.reset();
        run("outlets");
        assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("Harbour Gazette");
    }

    @Test
    void aRefusedChangeSaysWhyAndExitsNonZero() {
        assertThat(run("outlets", "follow", "Harbour Gazette", "ftp://harbour-gazette.example/feed")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("a feed URL must be an absolute http or https URL");
        assertThat(run("outlets", "pause", "no-such-outlet")).isEqualTo(1);
        assertThat(run("outlets", "follow", "Harbour Gazette", "https://harbour-gazette.example/rss", "--every", "soon"))
                .isEqualTo(2);
    }

    private int run(String... arguments) {
        String[] withData = new String[arguments.length + 2];
        System.arraycopy(arguments, 0, withData, 0, arguments.length);
        withData[arguments.length] = "--data";
        withData[arguments.length + 1] = data.toString();
        return new CommandLine(new ParallaxCommand()).execute(withData);
    }
}
