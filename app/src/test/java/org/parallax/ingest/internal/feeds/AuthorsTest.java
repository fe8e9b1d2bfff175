package org.parallax.ingest.internal.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AuthorsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Ingrid Solberg                               | Ingrid Solberg",
            "isolberg@harbourgazette.example (Ingrid Solberg) | Ingrid Solberg",
            "Ingrid Solberg <isolberg@harbourgazette.example> | Ingrid Solberg",
            "isolberg@harbourgazette.example              | isolberg@harbourgazette.example",
            "mailto:isolberg@harbourgazette.example       | isolberg@harbourgazette.example",
            "'  Ingrid   Solberg '                        | Ingrid Solberg",
    })
    void takesTheNameFromTheFormsBylinesComeIn(String raw, String expected) {
        assertThat(Authors.byline(raw)).isEqualTo(expected);
    }

    @Test
    void fallsBackToTheEmailWhenThereIsNoName() {
        assertThat(Authors.of(null, "desk@harbourgazette.example")).isEqualTo("desk@harbourgazette.example");
        assertThat(Authors.of(" ", null)).isNull();
    }
}
