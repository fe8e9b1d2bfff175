package org.parallax.ingest;

import java.nio.file.Path;
import java.util.List;

/**
 * Imports articles from files into the library: JSONL (one article a line), plain-text files
 * (title on the first line, body after it) and folders of either. Idempotent by URL, so a file
 * may be imported again to pick up changes. A bad record is reported and skipped; the rest go on.
 */
public interface Importer {

    ImportReport run(List<Path> paths, ImportOptions options, ImportProgress progress);
}
