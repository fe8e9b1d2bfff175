package org.parallax;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code parallax reindex} on a real data folder, with the whole application behind it. */
class ReindexCommandTest {

    @TempDir
    Path data;

    PrintStream originalErr;
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void captureErrors() {
        originalErr = System.err;
        System.setErr(new PrintStream(err, true));
    }

    @AfterEach
    void restoreErrors() {
        System.setErr(originalErr);
    }

    private int reindex() {
        return new CommandLine(new ParallaxCommand()).execute("reindex", "--data", data.toString());
    }

    @Test
    void rebuildsTheIndexInTheDataFolder() {
        assertThat(reindex()).isZero();

        assertThat(Files.isDirectory(data.resolve("index"))).isTrue();
    }

    @Test
    void saysSoAndFailsWhenARunningServerHoldsTheIndex() throws Exception {
        Files.createDirectories(data.resolve("index"));
        try (FSDirectory directory = FSDirectory.open(data.resolve("index"));
             IndexWriter server = new IndexWriter(directory, new IndexWriterConfig())) {
            assertThat(reindex()).isEqualTo(1);
        }
        assertThat(err.toString()).contains("in use by another Parallax process");
    }
}
