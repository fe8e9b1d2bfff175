package org.parallax.ingest;

/**
 * Choices for one import.
 *
 * @param outlet the outlet of plain-text articles and of JSONL records that name none; when null,
 *               plain-text articles are the publication's own and JSONL records must name their outlet
 */
public record ImportOptions(String outlet) {

    public static ImportOptions defaults() {
        return new ImportOptions(null);
    }
}
