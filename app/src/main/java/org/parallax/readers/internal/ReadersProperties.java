package org.parallax.readers.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Reader account settings.
 *
 * @param linkLifetime how long a one-time link (sign in, confirm, reset, change email) works
 */
@ConfigurationProperties("parallax.readers")
record ReadersProperties(@DefaultValue("15m") Duration linkLifetime) {
}
