package org.parallax.ingest;

/**
 * Choices for one import.
 *
 * @param outlet the outlet of plain-text articles, and of JSONL records that name none;
 *               null means the publication's own
 */
public record ImportOptions(String outlet) {

    public static ImportOptions defaults() {
        return new ImportOptions(null);
    }
}
