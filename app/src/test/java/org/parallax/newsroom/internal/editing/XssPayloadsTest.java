package org.parallax.newsroom.internal.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Known ways to smuggle script into a page, each given to the sanitizer as HTML and to the editor
 * as Markdown. Whatever comes out must hold no script, frame, form, image or style, no inline
 * handler, and link only to web addresses.
 */
class XssPayloadsTest {

    static List<String> payloads() {
        return List.of(
                "<script>alert(1)</script>",
                "<SCRIPT SRC=https://evil.example/x.js></SCRIPT>",
                "<scr<script>ipt>alert(1)</script>",
                "\"><script>alert(1)</script>",
                "<img src=x onerror=alert(1)>",
                "<svg onload=alert(1)>",
                "<svg><script>alert(1)</script></svg>",
                "<iframe src=\"javascript:alert(1)\"></iframe>",
                "<a href=\"javascript:alert(1)\">read more</a>",
                "<a href=\"JaVaScRiPt:alert(1)\">read more</a>",
                "<a href=\"&#106;avascript:alert(1)\">read more</a>",
                "<a href=\"java&#x09;script:alert(1)\">read more</a>",
                "<a href=\"https://ok.example\" onclick=\"alert(1)\">read more</a>",
                "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">read more</a>",
                "<a href=\"vbscript:msgbox(1)\">read more</a>",
                "<body onload=alert(1)>",
                "<div style=\"background:url(javascript:alert(1))\">styled</div>",
                "<p style=\"width:expression(alert(1))\">styled</p>",
                "<style>body{display:none}</style>",
                "<details open ontoggle=alert(1)>",
                "<object data=\"javascript:alert(1)\"></object>",
                "<embed src=\"javascript:alert(1)\">",
                "<form action=\"javascript:alert(1)\"><button>go</button></form>",
                "<input autofocus onfocus=alert(1)>",
                "<video><source onerror=alert(1)></video>",
                "<link rel=stylesheet href=\"javascript:alert(1)\">",
                "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
                "<base href=\"javascript:alert(1)//\">",
                "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
                "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
                "<textarea><script>alert(1)</script></textarea>",
                "<blockquote cite=\"javascript:alert(1)\">quoted</blockquote>",
                "<h2 onmouseover=\"alert(1)\">heading</h2>",
                "<marquee onstart=alert(1)>moving</marquee>",
                "<isindex type=image src=1 onerror=alert(1)>",
                "<table background=\"javascript:alert(1)\"><tr><td>cell</td></tr></table>");
    }

    static List<String> markdownPayloads() {
        return List.of(
                "[read more](javascript:alert(1))",
                "[read more](JaVaScRiPt:alert(1))",
                "[read more](&#106;avascript:alert(1))",
                "[read more](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
                "[read more](vbscript:msgbox(1))",
                "[read more](https://ok.example \"title\\\" onmouseover=alert(1)\")",
                "<https://ok.example\" onclick=\"alert(1)>",
                "![chart](javascript:alert(1))",
                "![chart](x\" onerror=\"alert(1))",
                "# Heading <script>alert(1)</script>",
                "Text with `<script>alert(1)</script>` in code.",
                "```\n<script>alert(1)</script>\n```",
                "> We will sail.\n>\n> — Meridian Wire, javascript:alert(1)",
                "> We will sail.\n>\n> — Meridian Wire\" onmouseover=\"alert(1), https://meridian-wire.example/a",
                "> We will sail.\n>\n> — <img src=x onerror=alert(1)>, https://meridian-wire.example/a",
                "* <img src=x onerror=alert(1)> in a list");
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void theSanitizerLeavesNoWayToRunScript(String payload) {
        assertHarmless(Sanitizer.clean(payload));
    }

    @ParameterizedTest
    @MethodSource({"payloads", "markdownPayloads"})
    void markdownPreviewLeavesNoWayToRunScript(String payload) {
        Manuscript manuscript = new MarkdownBlocks(200_000).read("Opening paragraph.\n\n" + payload);

        assertHarmless(PreviewHtml.of(manuscript.blocks()));
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void htmlInMarkdownIsRefusedWithAMessage(String payload) {
        Manuscript manuscript = new MarkdownBlocks(200_000).read("Opening paragraph.\n\n" + payload);

        assertThat(manuscript.acceptable()).as(payload).isFalse();
        assertThat(manuscript.problems()).as(payload).anySatisfy(problem -> assertThat(problem).contains("HTML is not allowed"));
    }

    private static void assertHarmless(String html) {
        Document page = Jsoup.parseBodyFragment(html);
        for (Element element : page.body().getAllElements()) {
            assertThat(element.tagName()).as(html)
                    .isNotIn("script", "iframe", "object", "embed", "svg", "math", "style", "img", "form", "input",
                            "button", "meta", "base", "link", "video", "source", "textarea", "details", "marquee", "table");
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                assertThat(name).as(html).doesNotStartWith("on").isNotEqualTo("style").isNotEqualTo("background");
                if (name.equals("href") || name.equals("cite") || name.equals("src")) {
                    assertThat(attribute.getValue().toLowerCase(Locale.ROOT)).as(html).matches("^https?://.*");
                }
            }
        }
        assertThat(html.toLowerCase(Locale.ROOT)).as(html).doesNotContain("<script").doesNotContain("javascript:<")
                .doesNotContainPattern("=\"\\s*javascript:");
    }
}
