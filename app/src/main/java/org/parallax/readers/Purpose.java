package org.parallax.readers;

/** What a one-time link does when it is redeemed; a link only works for the purpose it was issued for. */
public enum Purpose {
    SIGN_IN, CONFIRM_EMAIL, RESET_PASSWORD, CHANGE_EMAIL
}
