/**
 * Readers and staff: accounts keyed by email, roles, passwords and one-time links. The web pages
 * that sign readers in build on {@link org.parallax.readers.Readers}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Readers")
package org.parallax.readers;
