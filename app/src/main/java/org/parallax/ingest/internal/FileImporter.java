package org.parallax.ingest.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.parallax.ingest.ImportOptions;
import org.parallax.ingest.ImportProgress;
import org.parallax.ingest.ImportReport;
import org.parallax.ingest.Importer;
import org.parallax.library.ArticleDraft;
import org.parallax.library.Library;
import org.parallax.library.Library.BatchItem;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/** Reads JSONL and text files and stores their articles in the library in batches. */
@Service
class FileImporter implements Importer {

    /** One transaction per this many articles: large enough to be fast, small enough to lose little on a crash. */
    static final int BATCH_SIZE = 500;
    /** Progress is also told every this many lines, so a file of nothing but bad lines still moves the bar. */
    private static final int PROGRESS_LINES = 1000;

    private final Library library;
    private final String publicationName;

    FileImporter(Library library, @Value("${parallax.library.publication-name:Parallax}") String publicationName) {
        this.library = library;
        this.publicationName = publicationName;
    }

    @Override
    public ImportReport run(List<Path> paths, ImportOptions options, ImportProgress progress) {
        ImportTally tally = new ImportTally(progress);
        List<SourceFiles.SourceFile> files = SourceFiles.collect(paths, tally);
        tally.started(files.stream().mapToLong(SourceFiles.SourceFile::size).sum(), files.size());
        Batch batch = new Batch(tally);
        long bytesBefore = 0;
        for (SourceFiles.SourceFile file : files) {
            importFile(file, options, batch, tally, bytesBefore);
            bytesBefore += file.size();
            tally.bytesRead(bytesBefore);
            tally.advanced();
        }
        batch.flush();
        tally.advanced();
        return tally.report();
    }

    private void importFile(SourceFiles.SourceFile file, ImportOptions options, Batch batch, ImportTally tally,
            long bytesBefore) {
        String name = file.path().toString();
        try {
            SourceFiles.Format format = file.format() != SourceFiles.Format.SNIFF ? file.format()
                    : SourceLines.firstNonBlank(file.path()) == '{' ? SourceFiles.Format.JSONL : SourceFiles.Format.TEXT;
            try (SourceLines lines = SourceLines.open(file.path())) {
                if (format == SourceFiles.Format.JSONL) {
                    importJsonl(name, lines, new JsonRecords(options.outlet()), batch, tally, bytesBefore);
                } else {
                    importText(file.path(), lines, outlet(options), batch, tally);
                }
            }
        } catch (SourceLines.BinaryFile e) {
            tally.fileFailed(name, e.getMessage());
        } catch (IOException | RuntimeException e) {
            tally.fileFailed(name, "could not be read: " + e);
        }
    }

    private void importJsonl(String name, SourceLines lines, JsonRecords records, Batch batch, ImportTally tally,
            long bytesBefore) throws IOException {
        for (SourceLines.Line line = lines.next(); line != null; line = lines.next()) {
            tally.bytesRead(bytesBefore + lines.bytesRead());
            if (line.number() % PROGRESS_LINES == 0) {
                tally.advanced();
            }
            if (line.error() != null) {
                tally.failed(name, line.number(), line.error());
                continue;
            }
            if (line.text().isBlank()) {
                continue;
            }
            JsonRecords.Reading reading = records.read(line.text());
            if (reading.error() != null) {
                tally.failed(name, line.number(), reading.error());
                continue;
            }
            for (String warning : reading.warnings()) {
                tally.warned(name, line.number(), warning);
            }
            batch.add(reading.draft(), name, line.number());
        }
    }

    private void importText(Path file, SourceLines lines, String outlet, Batch batch, ImportTally tally) throws IOException {
        try {
            batch.add(TextArticles.read(file, lines, outlet), file.toString(), 0);
        } catch (IllegalArgumentException e) {
            tally.fileFailed(file.toString(), e.getMessage());
        }
    }

    private String outlet(ImportOptions options) {
        return options.outlet() == null || options.outlet().isBlank() ? publicationName : options.outlet().strip();
    }

    /** Drafts waiting to be stored, with where each came from so a refusal can point at its line. */
    private final class Batch {

        private final ImportTally tally;
        private final List<ArticleDraft> drafts = new ArrayList<>(BATCH_SIZE);
        private final List<String> files = new ArrayList<>(BATCH_SIZE);
        private final List<Long> lines = new ArrayList<>(BATCH_SIZE);

        Batch(ImportTally tally) {
            this.tally = tally;
        }

        void add(ArticleDraft draft, String file, long line) {
            drafts.add(draft);
            files.add(file);
            lines.add(line);
            if (drafts.size() >= BATCH_SIZE) {
                flush();
            }
        }

        void flush() {
            if (drafts.isEmpty()) {
                return;
            }
            List<BatchItem> items = library.storeAll(drafts);
            for (int i = 0; i < items.size(); i++) {
                BatchItem item = items.get(i);
                if (item.stored().isPresent()) {
                    tally.stored(item.stored().get().outcome());
                } else {
                    tally.failed(files.get(i), lines.get(i), item.error().orElse("not stored"));
                }
            }
            drafts.clear();
            files.clear();
            lines.clear();
            tally.advanced();
        }
    }
}
