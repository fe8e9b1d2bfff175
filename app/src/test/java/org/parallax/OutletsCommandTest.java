package org.parallax;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./parallax outlets ...} through the same command line main uses, on a real data folder. */
class OutletsCommandTest {

    @TempDir
    Path data;

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @Test
    void addsAnOutletWithAFeedListsItPausesItAndRemovesIt() {
        assertThat(run("outlets", "add", "Harbour Gazette", "--home", "https://harbour-gazette.example",
                "--feed", "https://harbour-gazette.example/rss.xml", "--every", "2h")).isZero();
        assertThat(run("outlets", "pause", "harbour-gazette")).isZero();
        console.reset();

        assertThat(run("outlets")).isZero();

        assertThat(console.out())
                .contains("Harbour Gazette (harbour-gazette)  https://harbour-gazette.example/",
                        "https://harbour-gazette.example/rss.xml  every 2h  PAUSED", "last fetch never");
        assertThat(run("outlets", "remove", "Harbour Gazette")).isZero();
        console.reset();
        run("outlets");
        assertThat(console.out()).doesNotContain("Harbour Gazette");
    }

    @Test
    void aRefusedChangeSaysWhyAndExitsNonZero() {
        assertThat(run("outlets", "follow", "Harbour Gazette", "ftp://harbour-gazette.example/feed")).isEqualTo(1);
        assertThat(console.err()).contains("a feed URL must be an absolute http or https URL");
        assertThat(run("outlets", "pause", "no-such-outlet")).isEqualTo(1);
        assertThat(run("outlets", "follow", "Harbour Gazette", "https://harbour-gazette.example/rss", "--every", "soon"))
                .isEqualTo(2);
    }

    private int run(String... arguments) {
        return ConsoleCapture.parallax(data, arguments);
    }
}
