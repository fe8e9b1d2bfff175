package org.parallax.access;

/**
 * Who is asking to read. Until sign-in exists every visitor is anonymous; the readers module
 * will add registered readers, subscribers and staff.
 */
public record Visitor(Kind kind) {

    public static final Visitor ANONYMOUS = new Visitor(Kind.ANONYMOUS);

    public enum Kind {
        ANONYMOUS
    }
}
