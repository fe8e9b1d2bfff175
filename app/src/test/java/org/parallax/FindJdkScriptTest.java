package org.parallax;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code .mvn/find-jdk.sh}, which ./parallax and ./mvnw source: it picks a JDK 21 or newer when the
 * default java is older, and says what to install when there is none. Fake JDKs stand in for real ones.
 */
class FindJdkScriptTest {

    private static final Path SCRIPT = Path.of("..", ".mvn", "find-jdk.sh").toAbsolutePath().normalize();

    @TempDir
    Path folder;

    @Test
    void whenTheDefaultJavaIsOlderTheNewestInstalledJdkIsChosen() throws Exception {
        Path old = fakeJdk("jvm/java-17-openjdk", "17.0.15");
        fakeJdk("jvm/jdk-21", "21.0.4");
        Path newest = fakeJdk("jvm/jdk-25", "25.0.3");

        Result result = source(Map.of("PATH", old.resolve("bin") + ":/usr/bin:/bin", "PARALLAX_JDK_ROOTS", folder.resolve("jvm").toString()));

        assertThat(result.exitCode()).isZero();
        assertThat(result.out().strip()).isEqualTo(newest.toString());
    }

    @Test
    void aJavaHomeOfVersion21OrNewerIsKept() throws Exception {
        Path home = fakeJdk("own/jdk-21", "21.0.4");
        fakeJdk("jvm/jdk-25", "25.0.3");

        Result result = source(Map.of("JAVA_HOME", home.toString(), "PATH", "/usr/bin:/bin",
                "PARALLAX_JDK_ROOTS", folder.resolve("jvm").toString()));

        assertThat(result.out().strip()).isEqualTo(home.toString());
    }

    @Test
    void withoutAnyJdk21ItSaysWhatToInstallAndFails() throws Exception {
        Path old = fakeJdk("jvm/java-17-openjdk", "17.0.15");

        Result result = source(Map.of("JAVA_HOME", old.toString(), "PATH", old.resolve("bin") + ":/usr/bin:/bin",
                "PARALLAX_JDK_ROOTS", folder.resolve("jvm").toString()));

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("Parallax needs a JDK 21 or newer", "default java: java 17", "openjdk-21-jdk");
    }

    /** A folder that answers {@code java -version} like a JDK of that version would. */
    private Path fakeJdk(String name, String version) throws IOException {
        Path home = folder.resolve(name);
        Files.createDirectories(home.resolve("bin"));
        script(home.resolve("bin/java"), "echo 'openjdk version \"" + version + "\" 2026-01-01' >&2");
        script(home.resolve("bin/javac"), "echo 'javac " + version + "'");
        return home;
    }

    private static void script(Path file, String body) throws IOException {
        Files.writeString(file, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private Result source(Map<String, String> environment) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("/bin/sh", "-c", ". \"" + SCRIPT + "\" && echo \"$JAVA_HOME\"");
        builder.environment().clear();
        builder.environment().putAll(environment);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(process.waitFor(), out, err);
    }

    private record Result(int exitCode, String out, String err) {
    }
}
