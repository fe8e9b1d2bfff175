package org.parallax.mail;

/** A message that could not be handed on; {@code temporary} says whether trying later may work. */
public class MailFailed extends RuntimeException {

    private final boolean temporary;

    public MailFailed(String message, boolean temporary, Throwable cause) {
        super(message, cause);
        this.temporary = temporary;
    }

    public boolean temporary() {
        return temporary;
    }
}
