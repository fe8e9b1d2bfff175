package org.parallax.site.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.search.SearchResult;

/** Page links keep the reader's search and stay few however many pages there are. */
class SearchPaginationTest {

    @Test
    void pageLinksKeepEveryFilterAndEncodeTheQuery() {
        SearchForm form = SearchForm.of("sluice \"deal\" & more", List.of("lakeshore-courier"), List.of("news"), List.of(),
                List.of(), List.of(), "2026-03-01", "", "date", null, "2");

        assertThat(form.pageHref(3)).isEqualTo(
                "/search?q=sluice%20%22deal%22%20%26%20more&outlet=lakeshore-courier&kind=news&from=2026-03-01&sort=date&page=3");
    }

    @Test
    void pageTabAndChipLinksKeepTheEntityFiltersAndTheTab() {
        SearchForm form = SearchForm.of("bridge", List.of(), List.of(), List.of("Edouard Balladur"), List.of("Paris"),
                List.of(), "", "", null, "stories", "1");

        assertThat(form.pageHref(2)).isEqualTo("/search?q=bridge&person=Edouard%20Balladur&place=Paris&sort=relevance&tab=stories&page=2");
        assertThat(form.tabHref("articles")).isEqualTo("/search?q=bridge&person=Edouard%20Balladur&place=Paris&sort=relevance");
        assertThat(form.narrowedHref("organization", "Bank of Italy")).isEqualTo(
                "/search?q=bridge&person=Edouard%20Balladur&place=Paris&organization=Bank%20of%20Italy&sort=relevance&tab=stories");
        assertThat(form.entityFilters()).extracting(SearchForm.Filter::removeHref).containsExactly(
                "/search?q=bridge&place=Paris&sort=relevance&tab=stories",
                "/search?q=bridge&person=Edouard%20Balladur&sort=relevance&tab=stories");
        assertThat(form.filtersBy("person", "EDOUARD BALLADUR")).isTrue();
    }

    @Test
    void onlyPagesNearTheCurrentOneAreLinked() {
        SearchPage page = SearchPage.of(new SearchResult(995, 50, 10, List.of()));

        assertThat(page.pages()).isEqualTo(100);
        assertThat(page.numbers()).containsExactly(46L, 47L, 48L, 49L, 50L, 51L, 52L, 53L, 54L);
        assertThat(page.hasPrevious()).isTrue();
        assertThat(page.hasNext()).isTrue();
    }

    @Test
    void lastPageHasNoNextLink() {
        SearchPage page = SearchPage.of(new SearchResult(12, 2, 10, List.of()));

        assertThat(page.numbers()).containsExactly(1L, 2L);
        assertThat(page.hasNext()).isFalse();
    }
}
