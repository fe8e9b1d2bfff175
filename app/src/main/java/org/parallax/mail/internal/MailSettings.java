package org.parallax.mail.internal;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Mail settings.
 *
 * @param from     the sender, e.g. {@code Parallax <newsroom@parallax.example>}
 * @param maildir  where messages go when no SMTP host is set
 * @param smtpHost the SMTP relay; empty for the Maildir
 * @param starttls whether to require STARTTLS on the SMTP connection
 */
@ConfigurationProperties("parallax.mail")
record MailSettings(
        @DefaultValue("Parallax <newsroom@parallax.example>") String from,
        @DefaultValue("./data/mail") Path maildir,
        String smtpHost,
        @DefaultValue("587") int smtpPort,
        String smtpUsername,
        String smtpPassword,
        @DefaultValue("true") boolean starttls) {

    boolean smtp() {
        return smtpHost != null && !smtpHost.isBlank();
    }
}
