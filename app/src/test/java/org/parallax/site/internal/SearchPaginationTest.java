package org.parallax.site.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.search.SearchResult;

/** Page links keep the reader's search and stay few however many pages there are. */
class SearchPaginationTest {

    @Test
    void pageLinksKeepEveryFilterAndEncodeTheQuery() {
        SearchForm form = SearchForm.of("sluice \"deal\" & more", List.of("lakeshore-courier"), List.of("news"),
                "2026-03-01", "", "date", "2");

        assertThat(form.pageHref(3)).isEqualTo(
                "/search?q=sluice%20%22deal%22%20%26%20more&outlet=lakeshore-courier&kind=news&from=2026-03-01&sort=date&page=3");
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
