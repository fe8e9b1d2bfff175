package org.parallax.mail.internal;

import jakarta.mail.MessagingException;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Whether mail can go out: the SMTP relay answers a connection (and a sign-in, when one is set),
 * or, without a relay, the Maildir is where messages land. Pages serve without mail, so this is
 * shown in the health details only and is not part of readiness.
 */
class MailHealth implements HealthIndicator {

    private final MailSettings settings;
    private final JavaMailSenderImpl relay;

    /** {@code relay} is null when mail goes to the Maildir. */
    MailHealth(MailSettings settings, JavaMailSenderImpl relay) {
        this.settings = settings;
        this.relay = relay;
    }

    @Override
    public Health health() {
        if (relay == null) {
            return Health.up().withDetail("delivery", "maildir").withDetail("maildir", settings.maildir().toString()).build();
        }
        String address = settings.smtpHost() + ":" + settings.smtpPort();
        try {
            relay.testConnection();
            return Health.up().withDetail("delivery", "smtp").withDetail("relay", address).build();
        } catch (MessagingException unreachable) {
            return Health.down().withDetail("delivery", "smtp").withDetail("relay", address)
                    .withDetail("error", String.valueOf(unreachable.getMessage())).build();
        }
    }
}
