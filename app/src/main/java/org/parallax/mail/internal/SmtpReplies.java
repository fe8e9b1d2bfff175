package org.parallax.mail.internal;

import jakarta.mail.MessagingException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an SMTP failure: the server's reply code decides (5xx permanent, 4xx "not now"), and a
 * failure with no reply at all (no connection, a dropped one, a timeout) is worth another try too.
 */
final class SmtpReplies {

    private static final Pattern REPLY_CODE = Pattern.compile("(?:^|\\D)([45])\\d\\d[ -]");

    private SmtpReplies() {
    }

    /** Whether trying later may work: the first reply code found in the failures' causes decides. */
    static boolean temporary(Throwable... failures) {
        for (Throwable failure : failures) {
            for (Throwable cause = failure; cause != null; cause = next(cause)) {
                Matcher code = REPLY_CODE.matcher(String.valueOf(cause.getMessage()));
                if (code.find()) {
                    return code.group(1).equals("4");
                }
            }
        }
        return true;
    }

    private static Throwable next(Throwable cause) {
        if (cause instanceof MessagingException messaging && messaging.getNextException() != null
                && messaging.getNextException() != cause) {
            return messaging.getNextException();
        }
        return cause.getCause() == cause ? null : cause.getCause();
    }
}
