package org.parallax.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CanonicalUrlTest {

    @Test
    void lowerCasesSchemeAndHostAndDropsDefaultPortFragmentAndTracking() {
        assertThat(CanonicalUrl.of(" HTTPS://News.Example:443/World/Strait?id=7&utm_source=feed&utm_medium=rss#comments "))
                .isEqualTo("https://news.example/World/Strait?id=7");
    }

    @Test
    void keepsANonDefaultPortAndGivesAnEmptyPathASlash() {
        assertThat(CanonicalUrl.of("http://news.example:8080")).isEqualTo("http://news.example:8080/");
    }

    @Test
    void refusesRelativeMissingAndNonWebUrlsWithAClearReason() {
        assertThatThrownBy(() -> CanonicalUrl.of("/world/strait")).hasMessage("url must be absolute (https://...): /world/strait");
        assertThatThrownBy(() -> CanonicalUrl.of("")).hasMessage("url is missing");
        assertThatThrownBy(() -> CanonicalUrl.of("javascript:alert(1)")).hasMessage("url must use http or https: javascript:alert(1)");
        assertThatThrownBy(() -> CanonicalUrl.of("https://exa mple.org/")).hasMessageStartingWith("url is not a valid URL");
    }

    @Test
    void homeOfAnArticleIsItsSiteRoot() {
        assertThat(CanonicalUrl.homeOf("https://news.example:8443/a/b?c=d")).isEqualTo("https://news.example:8443/");
    }
}
