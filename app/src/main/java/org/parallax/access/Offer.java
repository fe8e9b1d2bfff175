package org.parallax.access;

/**
 * What the paywall under a gated article's teaser offers this visitor, and the allowance it speaks
 * of (for anonymous and unconfirmed visitors: the one they would get, nothing used).
 */
public record Offer(Action action, Allowance allowance) {

    public enum Action {
        /** Anonymous: give an email to unlock this article at once (and be asked to confirm it). */
        EMAIL_FORM,
        /** Signed in, email not confirmed: the allowance starts once it is. */
        CONFIRM_EMAIL,
        /** Registered with articles left: "Use 1 of your 3 free articles". */
        USE_ONE,
        /** Registered, the period's articles used: subscribe or wait for the renewal. */
        SUBSCRIBE
    }
}
