/**
 * Readers and staff: accounts keyed by email, roles, passwords, one-time links and rate limits.
 * The web pages that sign readers in and run their account build on
 * {@link org.parallax.readers.Readers}. Other modules add to the account page
 * ({@link org.parallax.readers.AccountSection}) and to the data export
 * ({@link org.parallax.readers.AccountData}), and hear of deletions through
 * {@link org.parallax.readers.ReaderDeleted}, so this module depends on none of them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Readers")
package org.parallax.readers;
