package org.parallax.readers.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parallax.readers.InvalidEmail;
import org.junit.jupiter.api.Test;

class EmailsTest {

    @Test
    void anEmailIsTrimmedAndLowerCasedOnBothSidesOfTheAt() {
        assertThat(Emails.normalize("  Ilse.Marchetti@Harbour.EXAMPLE \n")).isEqualTo("ilse.marchetti@harbour.example");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ilse.harbour.example          | an email address needs an @, as in name@example.org
            ilse marchetti@harbour.example| an email address cannot contain spaces
            ilse@harbour                  | the domain after the @ needs a dot between names, as in example.org
            ilse@.harbour                 | the domain after the @ needs a dot between names, as in example.org
            ilse@harbour..example         | the domain after the @ needs a dot between names, as in example.org
            ilse@quay@harbour.example     | an email address has only one @
            @harbour.example              | an email address needs a name before the @
            """)
    void aMalformedEmailIsRefusedWithItsReason(String email, String reason) {
        assertThatThrownBy(() -> Emails.normalize(email)).isInstanceOf(InvalidEmail.class).hasMessage(reason);
    }

    @Test
    void anEmailWithAControlCharacterIsRefused() {
        assertThatThrownBy(() -> Emails.normalize("ilse\u0000@harbour.example"))
                .isInstanceOf(InvalidEmail.class).hasMessage("an email address cannot contain control characters");
        assertThatThrownBy(() -> Emails.normalize("ilse@harbour\u0007.example"))
                .isInstanceOf(InvalidEmail.class).hasMessage("an email address cannot contain control characters");
    }

    @Test
    void anEmailOver254CharactersIsRefusedAndOneOf254Accepted() {
        String domain = "@harbour.example";
        String longest = "i".repeat(254 - domain.length()) + domain;

        assertThat(Emails.normalize(longest)).hasSize(254);
        assertThatThrownBy(() -> Emails.normalize("i" + longest))
                .isInstanceOf(InvalidEmail.class).hasMessage("an email address can be at most 254 characters long");
    }

    @Test
    void aMissingEmailIsRefused() {
        assertThatThrownBy(() -> Emails.normalize("   ")).isInstanceOf(InvalidEmail.class).hasMessage("an email address is needed");
        assertThatThrownBy(() -> Emails.normalize(null)).isInstanceOf(InvalidEmail.class).hasMessage("an email address is needed");
    }
}
