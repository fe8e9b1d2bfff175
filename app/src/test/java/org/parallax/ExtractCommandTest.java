package org.parallax;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ExtractCommandTest {

    private static final String PAGE = """
            <html><head><title>%s | Estuary Post</title></head><body><nav><a href="/">Home</a></nav>
            <article><p>%s</p></article></body></html>""";
    private static final String STORY = "The harbour pilots agreed on Friday to guide the ferries again, after two weeks "
            + "in which the estuary crossing stood still and the quay shops stayed empty.";

    @TempDir
    Path folder;

    @Test
    void jsonlModePrintsOneLinePerPageForPlainAndGzippedFiles() throws IOException {
        Files.writeString(folder.resolve("ferry strike.html"), PAGE.formatted("Ferry strike ends", STORY));
        Files.createDirectories(folder.resolve("older"));
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(folder.resolve("older/pilots.html.gz")))) {
            out.write(PAGE.formatted("Pilots return", STORY).getBytes(StandardCharsets.UTF_8));
        }
        Files.writeString(folder.resolve("notes.txt"), "not a page");

        Run run = execute("extract", "--jsonl", folder.toString());

        assertThat(run.exitCode).isZero();
        List<JsonNode> lines = run.out.lines().map(line -> JsonMapper.builder().build().readTree(line)).toList();
        assertThat(lines).extracting(line -> line.get("file").asString())
                .containsExactly("ferry strike.html", "older/pilots.html.gz");
        assertThat(lines).extracting(line -> line.get("title").asString())
                .containsExactly("Ferry strike ends", "Pilots return");
        assertThat(lines).allSatisfy(line -> assertThat(line.get("text").asString()).isEqualTo(STORY));
        assertThat(lines.getFirst().has("byline")).isTrue();
        assertThat(lines.getFirst().has("published")).isTrue();
        assertThat(run.err).contains("Extracted 2 pages").contains("pages/s");
    }

    @Test
    void fileModePrintsTheWholeArticleAsJson() throws IOException {
        Path page = Files.writeString(folder.resolve("story.html"), PAGE.formatted("Ferry strike ends", STORY));

        Run run = execute("extract", page.toString());

        JsonNode article = JsonMapper.builder().build().readTree(run.out);
        assertThat(run.exitCode).isZero();
        assertThat(article.get("title").asString()).isEqualTo("Ferry strike ends");
        assertThat(article.get("body").get(0).get("type").asString()).isEqualTo("paragraph");
        assertThat(article.get("text").asString()).isEqualTo(STORY);
    }

    @Test
    void aMissingFileIsAnErrorNotAnException() {
        assertThat(execute("extract", folder.resolve("absent.html").toString()).exitCode).isEqualTo(1);
    }

    private record Run(int exitCode, String out, String err) {
    }

    private static Run execute(String... arguments) {
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int exitCode = new CommandLine(new ParallaxCommand()).execute(arguments);
            return new Run(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
        }
    }
}
