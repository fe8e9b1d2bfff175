package org.parallax.reviews.internal.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.reviews.internal.compose.ComposedEdition.RadarItem;
import org.parallax.stories.Entity;
import org.parallax.stories.EntityCount;
import org.parallax.stories.NamedEntity;

class RadarTest {

    private final Radar radar = new Radar(3, 2);

    @Test
    void entitiesNamedMoreThanBeforeRiseByArticlesGainedAndSteadyOrRareOnesStayOff() {
        List<EntityCount> today = List.of(count(1, "Ilse Varga", 9), count(2, "Port Asher", 6), count(3, "Pavel Orlin", 5),
                count(4, "Lorvik", 4), count(5, "Aino Hallberg", 1));
        List<EntityCount> yesterday = List.of(count(1, "Ilse Varga", 9), count(2, "Port Asher", 1), count(4, "Lorvik", 2));

        List<RadarItem> rising = radar.rising(today, yesterday, 100, id -> "/entities/" + id);

        assertThat(rising).extracting(RadarItem::name).containsExactly("Port Asher", "Pavel Orlin", "Lorvik");
        assertThat(rising.get(1).trend()).isEqualTo("5 articles, new this period");
        assertThat(rising.get(0).trend()).isEqualTo("6 articles, up from 1");
        assertThat(rising.get(0).link()).isEqualTo("/entities/2");
    }

    @Test
    void anEntityMissingFromAFullListOfThePeriodBeforeIsGivenItsLastCountNotNone() {
        List<EntityCount> before = List.of(count(1, "Ilse Varga", 9), count(2, "Port Asher", 4));

        List<RadarItem> rising = radar.rising(List.of(count(3, "Pavel Orlin", 4), count(4, "Lorvik", 5)), before, 2,
                id -> "/entities/" + id);

        assertThat(rising).extracting(RadarItem::name).containsExactly("Lorvik");
        assertThat(rising.getFirst().articlesBefore()).isEqualTo(4);
    }

    private static EntityCount count(long id, String name, int articles) {
        return new EntityCount(new NamedEntity(id, Entity.person(name)), articles);
    }
}
