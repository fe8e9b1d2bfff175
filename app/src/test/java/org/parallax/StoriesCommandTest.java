package org.parallax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.ConsoleCapture.parallax;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code parallax stories --jsonl} and {@code parallax restory} on a real data folder holding the README's sample. */
class StoriesCommandTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path data;

    @RegisterExtension
    ConsoleCapture console = new ConsoleCapture();

    @Test
    void printsEveryArticlesStoryAsJsonLinesWithItsImportIdOrAddress() {
        assertThat(parallax(data, "import", "../samples/varnholm-strait.jsonl")).isZero();
        console.reset();

        assertThat(parallax(data, "stories", "--jsonl")).isZero();

        List<JsonNode> lines = console.out().lines().map(JSON::readTree).toList();
        assertThat(lines).hasSize(5).allSatisfy(line -> assertThat(line.propertyNames()).containsExactly("id", "story"));
        Set<String> ids = lines.stream().map(line -> line.get("id").asString()).collect(Collectors.toSet());
        assertThat(ids).contains("varnholm-ferry-accord-analysis", "https://meridian-wire.example/world/varnholm-ferries-resume");
        assertThat(lines.stream().collect(Collectors.groupingBy(line -> line.get("story").asString(), Collectors.counting()))
                .values()).as("one event: most of it in one story").anySatisfy(count -> assertThat(count).isGreaterThanOrEqualTo(4));
        assertThat(console.err()).contains("Stories up to date");
    }

    @Test
    void restoryFilesTheLibraryAgainWithTheSameGrouping() {
        assertThat(parallax(data, "import", "../samples/varnholm-strait.jsonl")).isZero();
        Set<Set<String>> before = grouping();

        assertThat(parallax(data, "restory")).isZero();
        assertThat(console.out()).containsPattern("Filed 5 library changes into \\d+ stor(y|ies) in");
        assertThat(grouping()).isEqualTo(before);
    }

    /** The articles of each story, as the export gives them. */
    private Set<Set<String>> grouping() {
        console.reset();
        assertThat(parallax(data, "stories", "--jsonl")).isZero();
        return Set.copyOf(console.out().lines().map(JSON::readTree)
                .collect(Collectors.groupingBy(line -> line.get("story").asString(),
                        Collectors.mapping(line -> line.get("id").asString(), Collectors.toSet())))
                .values());
    }
}
