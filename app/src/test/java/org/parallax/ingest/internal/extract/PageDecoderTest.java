package org.parallax.ingest.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PageDecoderTest {

    private static final String HEADLINE = "Café owners in Zürich: “prices rise” – €4 a cup";

    @Test
    void readsWindows1252DeclaredInAMetaTag() {
        String page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">"
                + "</head><body><p>" + HEADLINE + "</p></body></html>";

        assertThat(PageDecoder.decode(page.getBytes(Charset.forName("windows-1252")), null)).contains(HEADLINE);
    }

    @Test
    void prefersTheContentTypeCharsetAndReadsLatin1AsWindows1252() {
        byte[] bytes = ("<p>" + HEADLINE + "</p>").getBytes(Charset.forName("windows-1252"));

        assertThat(PageDecoder.decode(bytes, "text/html; charset=ISO-8859-1")).contains(HEADLINE);
    }

    @Test
    void ignoresAnInvalidCharsetNameAndFallsBackOnTheBytes() {
        String utf8 = "<meta charset=\"no such/charset!\"><p>" + HEADLINE + "</p>";
        String legacy = "<meta charset=\"x-unheard-of\"><p>" + HEADLINE + "</p>";

        assertThat(PageDecoder.decode(utf8.getBytes(StandardCharsets.UTF_8), "text/html; charset=\"???\"")).contains(HEADLINE);
        assertThat(PageDecoder.decode(legacy.getBytes(Charset.forName("windows-1252")), null)).contains(HEADLINE);
    }

    @Test
    void aByteOrderMarkWinsOverADeclaration() {
        byte[] body = ("<meta charset=\"windows-1252\"><p>" + HEADLINE + "</p>").getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);

        String decoded = PageDecoder.decode(withBom, null);

        assertThat(decoded).contains(HEADLINE).doesNotStartWith("\uFEFF");
        assertThat(PageDecoder.decode(("\uFEFF<p>" + HEADLINE).getBytes(StandardCharsets.UTF_16LE), null)).contains(HEADLINE);
    }
}
