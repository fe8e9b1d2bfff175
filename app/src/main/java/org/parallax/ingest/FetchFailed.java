package org.parallax.ingest;

/** A fetch that did not bring back content; the message is fit for a log line and the admin page. */
public class FetchFailed extends RuntimeException {

    private final boolean temporary;

    public FetchFailed(String message, boolean temporary) {
        super(message);
        this.temporary = temporary;
    }

    public FetchFailed(String message, boolean temporary, Throwable cause) {
        super(message, cause);
        this.temporary = temporary;
    }

    /** True when trying again later may succeed (a timeout, a 503); false for a 404 or a refused address. */
    public boolean temporary() {
        return temporary;
    }
}
