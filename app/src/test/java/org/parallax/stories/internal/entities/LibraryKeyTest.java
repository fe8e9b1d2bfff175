package org.parallax.stories.internal.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parallax.stories.Entity;

/** The key the library files entities under: spellings of one name meet, different names do not. */
class LibraryKeyTest {

    @Test
    void transliterationsOfOneNameMeet() {
        String gadhafi = EntityFinders.libraryKey(Entity.person("Muammar Gadhafi"));
        assertThat(EntityFinders.libraryKey(Entity.person("Moammar Qaddafi"))).isEqualTo(gadhafi);
        assertThat(EntityFinders.libraryKey(Entity.person("Muammar al-Kadafi"))).isEqualTo(gadhafi);
        assertThat(EntityFinders.libraryKey(Entity.person("Dmitri Medvedev")))
                .isEqualTo(EntityFinders.libraryKey(Entity.person("Dmitry Medvedev")));
    }

    @Test
    void differentNamesStayApart() {
        assertThat(EntityFinders.libraryKey(Entity.person("Regan"))).isNotEqualTo(EntityFinders.libraryKey(Entity.person("Reagan")));
        assertThat(EntityFinders.libraryKey(Entity.person("Robert Gates")))
                .isNotEqualTo(EntityFinders.libraryKey(Entity.person("Bill Gates")));
    }
}
