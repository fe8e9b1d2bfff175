package org.parallax.readers.internal.web;

import org.parallax.mail.Mail;
import org.parallax.mail.Mailer;
import org.parallax.readers.Purpose;
import org.parallax.readers.Reader;
import org.parallax.readers.Readers;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The emails about an account itself: a link to set a new password, and the two sides of an email
 * change. Links point at the configured base URL, never at the Host a request named.
 */
@Service
class AccountMail {

    static final String RESET_PATH = "/password/reset";
    static final String EMAIL_CONFIRM_PATH = "/account/email/confirm";

    private final Readers readers;
    private final Mailer mailer;
    private final String baseUrl;

    AccountMail(Readers readers, Mailer mailer, @Value("${parallax.base-url}") String baseUrl) {
        this.readers = readers;
        this.mailer = mailer;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    void passwordReset(Reader reader) {
        String link = baseUrl + RESET_PATH + "?token=" + readers.issueLink(reader.id(), Purpose.RESET_PASSWORD);
        mailer.send(Mail.plain(reader.email(), "Set a new password for Parallax", """
                Someone (we hope you) asked to set a new password for your Parallax account. Open this \
                link to choose one:

                %s

                It works once, for 15 minutes. Setting a password signs you out on every other device.
                If you did not ask for it, ignore this email: your password stays as it is.
                """.formatted(link)));
    }

    /** The link to the new address, and a word to the old one so a hijacked session cannot move the account quietly. */
    void emailChange(Reader reader, String newEmail) {
        String link = baseUrl + EMAIL_CONFIRM_PATH + "?token=" + readers.issueEmailChange(reader.id(), newEmail);
        mailer.send(Mail.plain(newEmail, "Confirm your new email for Parallax", """
                Open this link to use this address for your Parallax account (now %s):

                %s

                It works once, for 15 minutes. If you did not ask for it, ignore this email and nothing changes.
                """.formatted(reader.email(), link)));
        changeNotice(reader);
    }

    /** Someone asked to move an account to an address that already has one: tell that address, not the asker. */
    void emailTaken(Reader reader, String newEmail) {
        mailer.send(Mail.plain(newEmail, "Your email already has a Parallax account", """
                Someone asked to move another Parallax account to this address, but this address \
                already has its own account, so nothing changed.

                To sign in to your account, go to %s/sign-in. If you did not ask for anything, ignore this email.
                """.formatted(baseUrl)));
        changeNotice(reader);
    }

    private void changeNotice(Reader reader) {
        mailer.send(Mail.plain(reader.email(), "A change of email was asked for your Parallax account", """
                Someone signed in to your Parallax account asked to move it to another email address. \
                It moves only when the link sent to the new address is opened within 15 minutes.

                If this was not you, sign in at %s/sign-in, set a new password (which signs out every \
                other device), and the request lapses by itself.
                """.formatted(baseUrl)));
    }
}
