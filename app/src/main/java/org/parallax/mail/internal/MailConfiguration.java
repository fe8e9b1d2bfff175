package org.parallax.mail.internal;

import java.time.Clock;
import java.util.Properties;
import org.parallax.mail.Mailer;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;

@Configuration(proxyBeanMethods = false)
class MailConfiguration {

    @Bean
    Mailer mailer(MailSettings settings, Clock clock) {
        if (!settings.smtp()) {
            return new MaildirMailer(settings.maildir(), settings.from(), clock);
        }
        return new SmtpMailer(smtpSender(settings), settings.from(), clock);
    }

    /** "mail" in the health details: a relay that cannot be reached is DOWN there, never in readiness. */
    @Bean
    HealthIndicator mailHealthIndicator(MailSettings settings) {
        return new MailHealth(settings, settings.smtp() ? smtpSender(settings) : null);
    }

    static JavaMailSenderImpl smtpSender(MailSettings settings) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(settings.smtpHost());
        sender.setPort(settings.smtpPort());
        sender.setUsername(blankToNull(settings.smtpUsername()));
        sender.setPassword(blankToNull(settings.smtpPassword()));
        Properties properties = new Properties();
        properties.put("mail.smtp.auth", String.valueOf(settings.smtpUsername() != null && !settings.smtpUsername().isBlank()));
        properties.put("mail.smtp.starttls.enable", String.valueOf(settings.starttls()));
        properties.put("mail.smtp.starttls.required", String.valueOf(settings.starttls()));
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "30000");
        properties.put("mail.smtp.writetimeout", "30000");
        properties.put("mail.smtp.socketFactory", new NoDelaySockets());
        sender.setJavaMailProperties(properties);
        return sender;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
