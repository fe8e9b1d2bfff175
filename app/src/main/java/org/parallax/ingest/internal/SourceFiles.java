package org.parallax.ingest.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/** Finds the files to import among the paths given: files as named, folders walked in name order. */
final class SourceFiles {

    private static final Set<String> JSONL = Set.of("jsonl", "ndjson", "json");
    private static final Set<String> TEXT = Set.of("txt", "text", "md");

    private SourceFiles() {
    }

    enum Format {
        JSONL, TEXT,
        /** Named explicitly with another extension: its first character decides. */
        SNIFF
    }

    record SourceFile(Path path, Format format, long size) {
    }

    /** The files to read; missing paths and files skipped in folders are reported to the tally. */
    static List<SourceFile> collect(List<Path> paths, ImportTally tally) {
        List<SourceFile> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                walk(path, files, tally);
            } else if (Files.isRegularFile(path)) {
                Format format = formatOf(path);
                files.add(new SourceFile(path, format == null ? Format.SNIFF : format, size(path)));
            } else {
                tally.fileFailed(path.toString(), Files.exists(path) ? "is not a file or folder" : "no such file or folder");
            }
        }
        return files;
    }

    private static void walk(Path folder, List<SourceFile> files, ImportTally tally) {
        List<Path> found;
        try (Stream<Path> walk = Files.walk(folder)) {
            found = walk.filter(Files::isRegularFile).filter(path -> !isHidden(folder.relativize(path))).sorted().toList();
        } catch (IOException | RuntimeException e) {
            tally.fileFailed(folder.toString(), "could not list the folder: " + e.getMessage());
            return;
        }
        for (Path path : found) {
            Format format = formatOf(path);
            if (format == null) {
                tally.fileSkipped(path.toString());
            } else {
                files.add(new SourceFile(path, format, size(path)));
            }
        }
    }

    /** JSONL or text by extension, looking through a {@code .gz}; null for any other file. */
    static Format formatOf(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1);
        return JSONL.contains(extension) ? Format.JSONL : TEXT.contains(extension) ? Format.TEXT : null;
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static long size(Path path) {
        try {
            return Files.size(path);
        } catch (IOException e) {
            return 0;
        }
    }
}
