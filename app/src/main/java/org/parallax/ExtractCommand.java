package org.parallax;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.parallax.ingest.ExtractedArticle;
import org.parallax.ingest.PageExtractor;
import org.parallax.ingest.PageExtractors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extract the article from a web page (a file, a .gz file or an http(s) URL) and print it as JSON.",
                "With --jsonl, extract every .html/.htm file (also gzipped) under a folder, one JSON line each,",
                "using all cores, and print the rate to standard error. Needs no database or server."})
class ExtractCommand implements Callable<Integer> {

    @Option(names = "--jsonl", description = "Treat PATH as a folder and print one line per page: file, title, byline, published, text.")
    boolean jsonl;

    @Parameters(paramLabel = "FILE_OR_URL", description = "A page file or URL; with --jsonl, a folder of pages.")
    String target;

    private final PageExtractor extractor = PageExtractors.standard();

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        int status = jsonl ? extractFolder(Path.of(target), out) : extractOne(out);
        out.flush();
        return status;
    }

    private int extractOne(PrintStream out) throws IOException, InterruptedException {
        String lower = target.toLowerCase(Locale.ROOT);
        ExtractedArticle article;
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            URI uri = URI.create(target);
            HttpResponse<byte[]> response = fetch(uri);
            if (response.statusCode() >= 400) {
                System.err.println(target + ": the server answered " + response.statusCode());
                return 1;
            }
            article = extractor.extract(response.body(), response.uri(),
                    response.headers().firstValue("Content-Type").orElse(null));
        } else {
            Path file = Path.of(target);
            if (!Files.isRegularFile(file)) {
                System.err.println(target + ": no such file");
                return 1;
            }
            article = extractor.extract(read(file), null, null);
        }
        out.println(ExtractedJson.article(article));
        return 0;
    }

    /** A plain fetch for trying a page out; the ingest module's fetcher is the one with the safety rules. */
    private static HttpResponse<byte[]> fetch(URI uri) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(10)).build();
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("User-Agent", "Parallax extract (command line)").GET().build();
        return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private int extractFolder(Path folder, PrintStream out) throws IOException {
        if (!Files.isDirectory(folder)) {
            System.err.println(folder + ": not a folder");
            return 1;
        }
        List<Path> pages;
        try (Stream<Path> files = Files.walk(folder)) {
            pages = files.filter(Files::isRegularFile).filter(ExtractCommand::isPage).sorted().toList();
        }
        AtomicInteger failed = new AtomicInteger();
        long began = System.nanoTime();
        // Parallel work, ordered output: the lines come out in file order whatever thread made them.
        List<String> lines = pages.parallelStream().map(page -> {
            String name = folder.relativize(page).toString();
            try {
                return ExtractedJson.line(name, extractor.extract(read(page), null, null));
            } catch (RuntimeException | IOException e) {
                failed.incrementAndGet();
                System.err.println(name + ": " + e);
                return ExtractedJson.line(name, null);
            }
        }).toList();
        double seconds = (System.nanoTime() - began) / 1e9;
        lines.forEach(out::println);
        System.err.printf(Locale.ROOT, "Extracted %d pages in %.1f s: %.1f pages/s on %d core(s)%s%n", pages.size(), seconds,
                pages.size() / Math.max(seconds, 1e-9), Runtime.getRuntime().availableProcessors(),
                failed.get() > 0 ? " (" + failed.get() + " failed)" : "");
        return failed.get() > 0 ? 1 : 0;
    }

    private static boolean isPage(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        return name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml");
    }

    /** The file's bytes, unzipped when they start with the gzip magic number. */
    static byte[] read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length > 2 && (bytes[0] & 0xFF) == 0x1F && (bytes[1] & 0xFF) == 0x8B) {
            try (InputStream unzipped = new GZIPInputStream(Files.newInputStream(file))) {
                return unzipped.readAllBytes();
            }
        }
        return bytes;
    }
}
