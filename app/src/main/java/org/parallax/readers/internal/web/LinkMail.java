package org.parallax.readers.internal.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.parallax.mail.Mail;
import org.parallax.mail.Mailer;
import org.parallax.readers.Purpose;
import org.parallax.readers.Reader;
import org.parallax.readers.Readers;
import org.parallax.readers.Role;
import org.parallax.readers.SignInLinks;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Writes and sends the emails that carry one-time links. Links point at the configured base URL,
 * never at the Host a request named, so a forged Host header cannot send a token elsewhere.
 */
@Service
class LinkMail implements SignInLinks {

    private final Readers readers;
    private final Mailer mailer;
    private final ReaderLimits limits;
    private final String baseUrl;

    LinkMail(Readers readers, Mailer mailer, ReaderLimits limits, @Value("${parallax.base-url}") String baseUrl) {
        this.readers = readers;
        this.mailer = mailer;
        this.limits = limits;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @Override
    public void send(String email, String continuePath) { // TooManyAttempts over the limits
        Optional<Reader> known = readers.byEmail(email); // refuses a malformed email before counting it
        limits.linkRequest(email);
        if (known.isPresent() && known.get().role().includes(Role.EDITOR)) {
            Reader staff = known.get();
            mailer.send(Mail.plain(staff.email(), "Signing in to Parallax", """
                    Someone asked for a sign-in link for this address. Staff accounts sign in with \
                    their password at %s/sign-in, so no link was sent.

                    Forgot the password? Ask for a new one at %s/password/forgot.
                    If this was not you, you can ignore this email.
                    """.formatted(baseUrl, baseUrl)));
            return;
        }
        Reader reader = known.orElseGet(() -> readers.register(email));
        String link = baseUrl + "/sign-in/confirm?token=" + readers.issueLink(reader.id(), Purpose.SIGN_IN)
                + "&continue=" + URLEncoder.encode(LocalPaths.safe(continuePath), StandardCharsets.UTF_8);
        if (reader.confirmed()) {
            mailer.send(Mail.plain(reader.email(), "Your link to sign in to Parallax", """
                    Open this link to sign in to Parallax:

                    %s

                    It works once, for 15 minutes. If you did not ask for it, ignore this email: \
                    nobody can sign in without the link.
                    """.formatted(link)));
        } else {
            mailer.send(Mail.plain(reader.email(), "Confirm your email for Parallax", """
                    Welcome to Parallax. Open this link to confirm your email and sign in:

                    %s

                    Once your email is confirmed you may unlock free articles of your choice every \
                    month, and sign up for the free weekly newsletter.

                    The link works once, for 15 minutes. If you did not ask for it, ignore this email \
                    and no account will be used.
                    """.formatted(link)));
        }
    }
}
