package org.parallax.readers.internal;

import java.util.Locale;
import org.parallax.readers.InvalidEmail;

/** Email addresses as accounts keep them: trimmed, lower-cased, checked for the mistakes people make. */
final class Emails {

    static final int MAX_LENGTH = 254;

    private Emails() {
    }

    static String normalize(String email) {
        if (email == null || email.isBlank()) {
            throw new InvalidEmail("an email address is needed");
        }
        String trimmed = email.strip();
        if (trimmed.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidEmail("an email address cannot contain control characters");
        }
        if (trimmed.chars().anyMatch(Character::isWhitespace)) {
            throw new InvalidEmail("an email address cannot contain spaces");
        }
        if (trimmed.length() > MAX_LENGTH) {
            throw new InvalidEmail("an email address can be at most " + MAX_LENGTH + " characters long");
        }
        int at = trimmed.indexOf('@');
        if (at < 0) {
            throw new InvalidEmail("an email address needs an @, as in name@example.org");
        }
        if (at != trimmed.lastIndexOf('@')) {
            throw new InvalidEmail("an email address has only one @");
        }
        String local = trimmed.substring(0, at);
        String domain = trimmed.substring(at + 1);
        if (local.isEmpty()) {
            throw new InvalidEmail("an email address needs a name before the @");
        }
        if (!domain.contains(".") || domain.startsWith(".") || domain.endsWith(".") || domain.contains("..")) {
            throw new InvalidEmail("the domain after the @ needs a dot between names, as in example.org");
        }
        return local.toLowerCase(Locale.ROOT) + "@" + domain.toLowerCase(Locale.ROOT);
    }
}
