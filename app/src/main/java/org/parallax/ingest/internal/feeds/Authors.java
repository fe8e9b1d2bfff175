package org.parallax.ingest.internal.feeds;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A byline from the forms feeds use: a name, an email, {@code email (Name)} as RSS asks for,
 * or {@code Name <email>} as mail headers do. The name wins; an email alone is kept as the author.
 */
final class Authors {

    private static final Pattern EMAIL_THEN_NAME = Pattern.compile("^(\\S+@\\S+)\\s*\\((.+)\\)$");
    private static final Pattern NAME_THEN_EMAIL = Pattern.compile("^(.+?)\\s*[<(]\\s*(?:mailto:)?\\S+@\\S+?\\s*[>)]$");

    private Authors() {
    }

    static String byline(String raw) {
        String text = Texts.clean(raw);
        if (text == null) {
            return null;
        }
        text = text.startsWith("mailto:") ? text.substring("mailto:".length()) : text;
        Matcher emailThenName = EMAIL_THEN_NAME.matcher(text);
        if (emailThenName.matches()) {
            return Texts.clean(emailThenName.group(2));
        }
        Matcher nameThenEmail = NAME_THEN_EMAIL.matcher(text);
        if (nameThenEmail.matches()) {
            return Texts.clean(nameThenEmail.group(1));
        }
        return text;
    }

    /** For the structured forms (Atom, JSON Feed): the name, else the email. */
    static String of(String name, String email) {
        String byName = byline(name);
        return byName != null ? byName : byline(email);
    }
}
