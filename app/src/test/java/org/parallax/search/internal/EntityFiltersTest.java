package org.parallax.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.search.EntityFacets;
import org.parallax.search.EntityNames;
import org.parallax.search.SearchHit;
import org.parallax.search.SearchQuery;
import org.parallax.search.SearchResult;
import org.parallax.search.internal.SearchFixtures.Ask;

/** Person, place and organization filters over the ferry accord coverage, and the entity counts of a result. */
class EntityFiltersTest {

    @TempDir
    Path folder;

    LuceneSearchEngine engine;

    @BeforeEach
    void indexTheCoverageWithItsEntities() {
        engine = new LuceneSearchEngine(folder);
        engine.index(List.of(
                SearchFixtures.wireReport().naming(new EntityNames(Set.of("Ilse Marchetti"), Set.of("Varnholm", "Osterby"),
                        Set.of("Strait Ferry Authority"))),
                SearchFixtures.gatedAnalysis().naming(new EntityNames(Set.of(), Set.of("Varnholm"), Set.of())),
                SearchFixtures.fishermenOpinion().naming(new EntityNames(Set.of("Runa Halvorsen"), Set.of("Osterby"),
                        Set.of("Osterby Fishermen's Guild", "Strait Ferry Authority"))),
                SearchFixtures.germanBrief().naming(new EntityNames(Set.of(), Set.of("Varnholm"), Set.of())),
                SearchFixtures.marketReport()), 5);
    }

    @AfterEach
    void close() throws Exception {
        engine.close();
    }

    private List<String> ids(SearchQuery query) {
        return engine.search(query).hits().stream().map(SearchHit::id).toList();
    }

    private static SearchQuery naming(String text, Set<String> people, Set<String> places, Set<String> organizations) {
        return Ask.text(text).byDate().query().withEntities(new EntityNames(people, places, organizations));
    }

    @Test
    void aPlaceFilterKeepsTheArticlesThatNameIt() {
        assertThat(ids(naming("", Set.of(), Set.of("Osterby"), Set.of())))
                .containsExactly("fishermen-opinion", "envoys-reach-accord");
        assertThat(ids(naming("negotiators", Set.of(), Set.of("Varnholm"), Set.of())))
                .containsExactly("envoys-reach-accord");
    }

    @Test
    void namesMatchInAnyCaseAndSpacingButOnlyWhole() {
        assertThat(ids(naming("", Set.of("  runa   HALVORSEN "), Set.of(), Set.of()))).containsExactly("fishermen-opinion");
        assertThat(ids(naming("", Set.of("Halvorsen"), Set.of(), Set.of()))).isEmpty();
        assertThat(ids(naming("", Set.of(), Set.of("varnholm strait"), Set.of()))).isEmpty();
    }

    @Test
    void severalNamesAreAllRequiredAcrossKinds() {
        assertThat(ids(naming("", Set.of(), Set.of("Osterby"), Set.of("strait ferry authority"))))
                .containsExactly("fishermen-opinion", "envoys-reach-accord");
        assertThat(ids(naming("", Set.of(), Set.of("Osterby", "Varnholm"), Set.of()))).containsExactly("envoys-reach-accord");
        assertThat(ids(naming("", Set.of("Ilse Marchetti"), Set.of(), Set.of("Osterby Fishermen's Guild")))).isEmpty();
    }

    @Test
    void entityFiltersCombineWithTheOtherFilters() {
        SearchQuery query = Ask.text("").outlets("meridian-wire").byDate().query()
                .withEntities(new EntityNames(Set.of(), Set.of("Varnholm"), Set.of()));

        assertThat(ids(query)).containsExactly("faehrabkommen", "envoys-reach-accord");
    }

    @Test
    void entityNamesAreNotSearchableAsWordsThroughAField() {
        assertThat(ids(Ask.text("halvorsen").query())).as("the byline, not an entity field").containsExactly("fishermen-opinion");
        assertThat(engine.search(Ask.text("guild").query()).total()).as("named only as an entity").isZero();
    }

    @Test
    void facetsCountTheEntitiesOfTheMatchesMostNamedFirst() {
        SearchResult result = engine.search(Ask.text("").page(1, 2).query().withFacets(10));

        assertThat(result.hits()).hasSize(2);
        EntityFacets facets = result.facets();
        assertThat(facets.places()).containsExactly(new EntityFacets.Count("Varnholm", 3), new EntityFacets.Count("Osterby", 2));
        assertThat(facets.organizations()).containsExactly(new EntityFacets.Count("Strait Ferry Authority", 2),
                new EntityFacets.Count("Osterby Fishermen's Guild", 1));
        assertThat(facets.people()).extracting(EntityFacets.Count::name).containsExactly("Ilse Marchetti", "Runa Halvorsen");
    }

    @Test
    void facetsFollowTheFiltersAndTheLimit() {
        SearchResult result = engine.search(naming("", Set.of(), Set.of("Osterby"), Set.of()).withFacets(1));

        assertThat(result.facets().places()).containsExactly(new EntityFacets.Count("Osterby", 2));
        assertThat(result.facets().people()).hasSize(1);
    }

    @Test
    void noFacetsUnlessAsked() {
        assertThat(engine.search(Ask.text("").query()).facets().isEmpty()).isTrue();
    }
}
