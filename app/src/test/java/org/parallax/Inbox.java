package org.parallax;

import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads what a test application delivered into its Maildir, as a reader's mail client would. The
 * static methods read the shared web tests' data folder; {@link #in(Path)} reads another one.
 */
public final class Inbox {

    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    private final Path data;

    private Inbox(Path data) {
        this.data = data;
    }

    /** The Maildir of the application whose data folder this is. */
    public static Inbox in(Path data) {
        return new Inbox(data);
    }

    public static List<MimeMessage> to(String email) {
        return in(WebFixtures.data()).messagesTo(email);
    }

    public static String latestText(String email) {
        return in(WebFixtures.data()).latestTextTo(email);
    }

    public static String latestLink(String email, String path) {
        return in(WebFixtures.data()).latestLinkTo(email, path);
    }

    /** Every message to this address, oldest first. */
    public List<MimeMessage> messagesTo(String email) {
        Path folder = data.resolve("mail").resolve("new");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted(Comparator.comparing(Path::getFileName)).map(Inbox::read)
                    .filter(message -> addressedTo(message, email)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The plain text of the newest message to this address. */
    public String latestTextTo(String email) {
        List<MimeMessage> messages = messagesTo(email);
        if (messages.isEmpty()) {
            throw new AssertionError("no mail to " + email);
        }
        try {
            return messages.getLast().getContent().toString();
        } catch (Exception e) {
            throw new AssertionError("unreadable mail to " + email, e);
        }
    }

    /** The path and query of the first link in the newest message to this address that goes to {@code path}. */
    public String latestLinkTo(String email, String path) {
        Matcher links = LINK.matcher(latestTextTo(email));
        while (links.find()) {
            String link = links.group();
            int start = link.indexOf('/', link.indexOf("://") + 3);
            String local = start < 0 ? "/" : link.substring(start);
            if (local.startsWith(path)) {
                return local;
            }
        }
        throw new AssertionError("no link to " + path + " in the latest mail to " + email);
    }

    private static MimeMessage read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new MimeMessage(Session.getInstance(new Properties()), in);
        } catch (Exception e) {
            throw new AssertionError("unreadable message " + file, e);
        }
    }

    private static boolean addressedTo(MimeMessage message, String email) {
        try {
            return message.getAllRecipients() != null && Stream.of(message.getAllRecipients())
                    .anyMatch(address -> ((InternetAddress) address).getAddress().equalsIgnoreCase(email));
        } catch (Exception e) {
            return false;
        }
    }
}
