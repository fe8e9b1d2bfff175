package org.parallax.mail;

/**
 * Many messages over one connection to the mail server: a review goes to thousands of readers,
 * and a connection per message would cost more than the messages. Not for use by two threads.
 */
public interface MailBatch extends AutoCloseable {

    /**
     * Hands one message to the server and returns once the server accepted it (or refused it).
     * After a failure that broke the connection, the next message opens a new one.
     *
     * @return the Message-ID the message was sent with: the one in {@link Mail#headers()} when set
     * @throws MailFailed when the server refused the message or could not be reached
     */
    String send(Mail mail);

    /** Ends the connection politely (QUIT); never throws. */
    @Override
    void close();
}
