package org.parallax;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import picocli.CommandLine;

/**
 * For tests of the command line: captures what a command prints, can feed it standard input, and
 * puts the real console back after each test. Register it with {@code @RegisterExtension}.
 */
public final class ConsoleCapture implements BeforeEachCallback, AfterEachCallback {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream realOut;
    private PrintStream realErr;
    private InputStream realIn;

    @Override
    public void beforeEach(ExtensionContext context) {
        realOut = System.out;
        realErr = System.err;
        realIn = System.in;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        System.setOut(realOut);
        System.setErr(realErr);
        System.setIn(realIn);
    }

    public String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    public String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** Forgets what was printed so far. */
    public void reset() {
        out.reset();
        err.reset();
    }

    public void input(String text) {
        System.setIn(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** Runs {@code parallax ARGUMENTS --data DATA} through the same command line main uses; returns the exit code. */
    public static int parallax(Path data, String... arguments) {
        String[] withData = Stream.concat(Arrays.stream(arguments), Stream.of("--data", data.toString())).toArray(String[]::new);
        return new CommandLine(new ParallaxCommand()).execute(withData);
    }
}
