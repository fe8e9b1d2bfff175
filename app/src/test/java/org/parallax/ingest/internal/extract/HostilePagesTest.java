package org.parallax.ingest.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.parallax.ingest.ExtractedArticle;

class HostilePagesTest {

    private final JsoupPageExtractor extractor = new JsoupPageExtractor();

    @Test
    void tenMegabytesOfNestedDivsFinishFastWithoutOverflowingTheStack() {
        String open = "<div class=\"wrap\">";
        int depth = 10_000_000 / (open.length() + "</div>".length());
        StringBuilder page = new StringBuilder(10_500_000).append("<html><body>");
        page.repeat(open, depth);
        page.append("<p>The harbour pilots agreed on Friday to guide the ferries again after two weeks of standstill.</p>");
        page.repeat("</div>", depth);
        page.append("</body></html>");
        byte[] bytes = page.toString().getBytes(StandardCharsets.UTF_8);
        assertThat(bytes.length).isGreaterThan(10_000_000);

        long began = System.nanoTime();
        ExtractedArticle[] article = new ExtractedArticle[1];
        assertThatCode(() -> article[0] = extractor.extract(bytes, null, null)).doesNotThrowAnyException();

        assertThat(Duration.ofNanos(System.nanoTime() - began)).isLessThan(Duration.ofSeconds(10));
        assertThat(article[0].text()).contains("The harbour pilots agreed on Friday");
    }

    @Test
    void anEmptyOrBinaryPageGivesAnEmptyArticle() {
        assertThat(extractor.extract(new byte[0], null, null).body()).isEmpty();
        assertThat(extractor.extract(new byte[] {0, 1, 2, (byte) 0xFF, (byte) 0xFE, 3}, null, null).title()).isNull();
    }
}
