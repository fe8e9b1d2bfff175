package org.parallax.stories.internal.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parallax.stories.Entity;

class EntityCatalogTest {

    @Test
    void transliterationsOfOneNameMeet() {
        EntityCatalog catalog = new EntityCatalog();
        Entity first = catalog.canonical(Entity.person("Muammar Gadhafi"));
        assertThat(catalog.canonical(Entity.person("Moammar Qaddafi"))).isEqualTo(first);
        assertThat(catalog.canonical(Entity.person("Muammar al-Kadafi"))).isEqualTo(first);
        Entity dmitry = catalog.canonical(Entity.person("Dmitry Medvedev"));
        assertThat(catalog.canonical(Entity.person("Dmitri Medvedev"))).isEqualTo(dmitry);
    }

    @Test
    void differentNamesAndKindsStayApart() {
        EntityCatalog catalog = new EntityCatalog();
        Entity reagan = catalog.canonical(Entity.person("Reagan"));
        assertThat(catalog.canonical(Entity.person("Regan"))).isNotEqualTo(reagan);
        assertThat(catalog.canonical(Entity.place("Jordan"))).isNotEqualTo(catalog.canonical(Entity.person("Jordan")));
    }
}
