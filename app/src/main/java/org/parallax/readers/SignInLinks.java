package org.parallax.readers;

/**
 * Emails a reader the link that signs them in, for forms outside the readers module (the email form
 * on a gated article). The answer never tells whether the email had an account.
 */
public interface SignInLinks {

    /**
     * Sends the link: to a new email it creates an unconfirmed account and asks to confirm it; staff
     * accounts get a reminder to sign in with their password instead.
     *
     * @param continuePath where the link leads after signing in: a path on this site, such as the
     *                     article the reader was reading; anything else is replaced by "/"
     * @throws InvalidEmail when the email is malformed
     * @throws TooManyAttempts when this address or the client asked for too many emails lately
     *                         (the web answers it with 429 on its own; nothing was sent)
     */
    void send(String email, String continuePath);
}
