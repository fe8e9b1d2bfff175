package org.parallax.mail.internal;

import java.nio.file.Path;
import java.time.Clock;
import org.parallax.mail.Mailer;

/** The mail module's two deliveries as the application builds them, for other modules' tests. */
public final class TestMailers {

    public static final String FROM = "Parallax <newsroom@parallax.example>";

    private TestMailers() {
    }

    /** SMTP without STARTTLS or login, as to GreenMail. */
    public static Mailer smtp(String host, int port, Clock clock) {
        return new MailConfiguration().mailer(new MailSettings(FROM, Path.of("unused"), host, port, null, null, false), clock);
    }

    public static Mailer maildir(Path folder, Clock clock) {
        return new MailConfiguration().mailer(new MailSettings(FROM, folder, null, 0, null, null, false), clock);
    }
}
