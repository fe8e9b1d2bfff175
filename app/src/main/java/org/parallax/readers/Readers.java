package org.parallax.readers;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Accounts keyed by a normalized email. Emails are trimmed and lower-cased; a malformed one is
 * refused with {@link InvalidEmail}.
 */
public interface Readers {

    /** The account for this email, created (as a READER, unconfirmed) when it is new. */
    Reader register(String email);

    /**
     * Registers the email with a password (at least 12 characters), both or neither: a refused
     * password leaves no account behind.
     */
    Reader register(String email, String rawPassword);

    Optional<Reader> reader(long id);

    Optional<Reader> byEmail(String email);

    /** Every account that is not deleted, oldest first. */
    List<Reader> all();

    /** The accounts among these ids that are not deleted, oldest first (one query, for work done in batches). */
    List<Reader> readers(Collection<Long> ids);

    /** Gives the account this role (replacing the one it had). */
    Reader grant(long readerId, Role role);

    /**
     * Deletes an account softly: the row stays, so records that point at it keep their meaning,
     * but its email, password, newsletter choice and links are erased; the email can register again
     * as a new account. Publishes {@link ReaderDeleted}.
     */
    void delete(long readerId);

    /** Sets the password (at least 12 characters), stored as a BCrypt hash. */
    void setPassword(long readerId, String rawPassword);

    /**
     * Redeems a RESET_PASSWORD token and sets the password, both or neither: a refused password
     * ({@link InvalidReader}) leaves the token unused, so the reader may try another.
     *
     * @return the account, or empty when the token is not a valid, unused RESET_PASSWORD token
     */
    Optional<Reader> resetPassword(String token, String rawPassword);

    /** Whether the reader asked for the free weekly newsletter. */
    boolean newsletter(long readerId);

    /** The confirmed accounts signed up for the newsletter, oldest first: the newsletter's recipients. */
    List<Reader> newsletterReaders();

    /**
     * Signs the reader up for the newsletter or off it. Only a confirmed email may sign up
     * ({@link InvalidReader} otherwise); signing off always works.
     */
    void setNewsletter(long readerId, boolean wanted);

    /**
     * The account when the password is right. Unknown emails and accounts without a password take
     * about as long as a wrong password, so the answer does not tell which emails have accounts.
     */
    Optional<Reader> checkPassword(String email, String rawPassword);

    /** A one-time link's token, valid for 15 minutes; for CHANGE_EMAIL use {@link #issueEmailChange}. */
    String issueLink(long readerId, Purpose purpose);

    /** A CHANGE_EMAIL token, sent to the new address; refused when another account uses that email. */
    String issueEmailChange(long readerId, String newEmail);

    /**
     * The account, when the token is one this service issued for this purpose, unused and not
     * expired; it is then used up. Any redeemed link proves the reader reads that inbox, so it
     * confirms the email; CHANGE_EMAIL also moves the account to the new email. Every failure
     * looks the same: empty.
     */
    Optional<Reader> redeem(String token, Purpose purpose);
}
