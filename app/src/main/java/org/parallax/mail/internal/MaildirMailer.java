package org.parallax.mail.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.parallax.mail.DkimKey;
import org.parallax.mail.Mail;
import org.parallax.mail.MailBatch;
import org.parallax.mail.MailFailed;
import org.parallax.mail.Mailer;

/**
 * Delivers into a Maildir: each message is written under {@code tmp/} and then moved into
 * {@code new/}, so a mail client never sees half a message.
 */
final class MaildirMailer implements Mailer {

    private final Path maildir;
    private final String from;
    private final Clock clock;
    private final AtomicLong sequence = new AtomicLong();

    MaildirMailer(Path maildir, String from, Clock clock) {
        this.maildir = maildir.toAbsolutePath().normalize();
        this.from = from;
        this.clock = clock;
    }

    @Override
    public String send(Mail mail) {
        return write(Messages.of(mail, from, clock), DkimSigning.NONE);
    }

    @Override
    public MailBatch openBatch(Optional<DkimKey> dkim) {
        DkimSigning signing = new DkimSigning(dkim);
        return new MailBatch() {
            @Override
            public String send(Mail mail) {
                return write(Messages.of(mail, from, clock), signing);
            }

            @Override
            public void close() {
                // a folder has no connection to end
            }
        };
    }

    private String write(MimeMessage message, DkimSigning signing) {
        try {
            for (String folder : new String[] {"tmp", "new", "cur"}) {
                Files.createDirectories(maildir.resolve(folder));
            }
            String name = clock.millis() / 1000 + ".P" + ProcessHandle.current().pid() + "Q" + sequence.incrementAndGet()
                    + ".parallax";
            Path draft = maildir.resolve("tmp").resolve(name);
            try (OutputStream out = Files.newOutputStream(draft)) {
                signing.apply(message).writeTo(out);
            }
            Files.move(draft, maildir.resolve("new").resolve(name), StandardCopyOption.ATOMIC_MOVE);
            return message.getMessageID();
        } catch (IOException | MessagingException e) {
            throw new MailFailed("cannot write to the Maildir " + maildir + ": " + e.getMessage(), true, e);
        }
    }
}
