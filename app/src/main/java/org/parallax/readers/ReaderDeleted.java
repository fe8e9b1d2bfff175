package org.parallax.readers;

/**
 * Published (as a Spring application event) once an account is deleted, so that other modules can
 * erase or anonymize what they keep about the reader.
 */
public record ReaderDeleted(long readerId) {
}
