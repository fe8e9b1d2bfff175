package org.parallax.stories.internal.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class TimelineChartTest {

    private final TimelineChart chart = new TimelineChart();

    private static CoverageArticle article(String id, String outlet, Instant published, Instant updated, boolean own) {
        return new CoverageArticle(id, outlet, "Headline " + id, null, published, updated, "", own);
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> texts(Document doc, String cssClass) {
        List<String> texts = new ArrayList<>();
        NodeList nodes = doc.getElementsByTagName("text");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element e = (Element) nodes.item(i);
            if ((" " + e.getAttribute("class") + " ").contains(" " + cssClass + " ")) {
                texts.add(e.getFirstChild().getNodeValue());
            }
        }
        return texts;
    }

    private static int count(Document doc, String tag, String cssClass) {
        int n = 0;
        NodeList nodes = doc.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            if (((Element) nodes.item(i)).getAttribute("class").equals(cssClass)) {
                n++;
            }
        }
        return n;
    }

    @Test
    void anAccessibleImageWithOneRowPerOutletAndTheOwnOutletFirst() throws Exception {
        Document doc = parse(chart.render(SellenDamStory.all()));
        Element svg = doc.getDocumentElement();
        assertThat(svg.getAttribute("role")).isEqualTo("img");
        assertThat(svg.getAttribute("aria-label")).contains("5 articles from 5 outlets").contains("2 updates");
        assertThat(svg.getFirstChild().getNodeName()).isEqualTo("title");
        assertThat(svg.getAttribute("viewBox")).startsWith("0 0 720 ");
        assertThat(texts(doc, "outlet")).containsExactly(
                "Parallax", "Ostmark Daily", "Harbour Wire", "Northline Post", "Kessa Herald");
    }

    @Test
    void updatesGetTheirOwnMarkAndArticlesWithoutOneDoNot() throws Exception {
        Document doc = parse(chart.render(SellenDamStory.all()));
        assertThat(count(doc, "circle", "published")).isEqualTo(5 + 1); // one more in the legend
        assertThat(count(doc, "polygon", "update")).isEqualTo(2 + 1);
        assertThat(count(doc, "line", "revision")).isEqualTo(2);
    }

    @Test
    void marksSitAtTheirTimesOnOneSharedAxis() throws Exception {
        Document doc = parse(chart.render(SellenDamStory.all()));
        NodeList circles = doc.getElementsByTagName("circle");
        List<Double> xs = new ArrayList<>();
        for (int i = 0; i < circles.getLength(); i++) {
            Element c = (Element) circles.item(i);
            if (c.getParentNode().getNodeName().equals("g")
                    && ((Element) c.getParentNode()).getAttribute("class").equals("article")) {
                xs.add(Double.parseDouble(c.getAttribute("cx")));
            }
        }
        // Rows are Parallax 15:30, Ostmark Daily 09:20, Harbour Wire 10:15, Northline 11:05, Herald 12:40.
        assertThat(xs.subList(1, 5)).isSorted();
        assertThat(xs.get(0)).isGreaterThan(xs.get(4));
    }

    @Test
    void aDayLongStoryIsMarkedInHoursAndALongOneInDays() throws Exception {
        List<String> hours = texts(parse(chart.render(SellenDamStory.all())), "tick-label");
        assertThat(hours).hasSizeBetween(3, 8).allMatch(l -> l.matches("(\\d+ \\w{3} )?\\d\\d:\\d\\d"));
        Instant start = SellenDamStory.MORNING;
        List<CoverageArticle> fortnight = List.of(article("a", "Northline Post", start, null, false),
                article("b", "Kessa Herald", start.plus(Duration.ofDays(9)), null, false));
        List<String> days = texts(parse(chart.render(fortnight)), "tick-label");
        assertThat(days).hasSizeBetween(3, 8).allMatch(l -> l.matches("\\d+ \\w{3}"));
    }

    @Test
    void outletNamesCannotBreakOrInjectIntoTheDrawing() throws Exception {
        String nasty = "Tom & Jerry's <script>alert(1)</script> \"News\"";
        CoverageArticle article = new CoverageArticle("a", nasty, "Headline with </title><svg onload=x>", null,
                SellenDamStory.MORNING, null, "", false);
        String svg = chart.render(List.of(article));
        assertThat(svg).doesNotContain("<script").doesNotContain("<svg onload").doesNotContain("style=");
        Document doc = parse(svg);
        assertThat(doc.getElementsByTagName("script").getLength()).isZero();
        assertThat(doc.getElementsByTagName("svg").getLength()).isEqualTo(1);
        NodeList titles = doc.getElementsByTagName("title");
        List<String> all = new ArrayList<>();
        for (int i = 0; i < titles.getLength(); i++) {
            all.add(titles.item(i).getTextContent());
        }
        assertThat(all).anyMatch(t -> t.contains(nasty));
        assertThat(all).anyMatch(t -> t.contains("Headline with </title><svg onload=x>"));
    }

    @Test
    void controlCharactersAreDroppedSoTheXmlStaysWellFormed() throws Exception {
        CoverageArticle article = new CoverageArticle("a", "Bell\u0007Wire", "Odd\u0000headline", null,
                SellenDamStory.MORNING, null, "", false);
        assertThat(texts(parse(chart.render(List.of(article))), "outlet")).containsExactly("BellWire");
    }

    @Test
    void oneArticleDrawsOneMarkInTheMiddleOfTheAxis() throws Exception {
        Document doc = parse(chart.render(List.of(SellenDamStory.WIRE)));
        assertThat(count(doc, "circle", "published")).isEqualTo(2);
        assertThat(doc.getDocumentElement().getAttribute("aria-label")).contains("1 article from 1 outlet");
        assertThat(texts(doc, "tick-label")).isNotEmpty();
    }

    @Test
    void fiftyOutletsAtTheSameMomentAllGetARow() throws Exception {
        List<CoverageArticle> articles = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            articles.add(article("a" + i, "Outlet number " + i, SellenDamStory.MORNING, null, i == 49));
        }
        Document doc = parse(chart.render(articles));
        List<String> outlets = texts(doc, "outlet");
        assertThat(outlets).hasSize(50).first().isEqualTo("Outlet number 49");
        int height = Integer.parseInt(doc.getDocumentElement().getAttribute("height"));
        assertThat(height).isGreaterThan(50 * 20);
        assertThat(doc.getDocumentElement().getAttribute("viewBox")).isEqualTo("0 0 720 " + height);
    }

    @Test
    void articlesOfOneOutletAtTheSameMomentStayApart() throws Exception {
        Instant t = SellenDamStory.MORNING;
        Document doc = parse(chart.render(List.of(article("a", "Harbour Wire", t, null, false),
                article("b", "Harbour Wire", t, null, false), article("c", "Harbour Wire", t, null, false))));
        NodeList circles = doc.getElementsByTagName("circle");
        List<String> positions = new ArrayList<>();
        for (int i = 0; i < circles.getLength(); i++) {
            Element c = (Element) circles.item(i);
            positions.add(c.getAttribute("cx") + "," + c.getAttribute("cy"));
        }
        assertThat(positions).doesNotHaveDuplicates();
    }

    @Test
    void anUpdateBeforePublicationIsIgnored() throws Exception {
        Instant t = SellenDamStory.MORNING;
        Document doc = parse(chart.render(List.of(article("a", "Harbour Wire", t, t.minusSeconds(60), false))));
        assertThat(count(doc, "line", "revision")).isZero();
    }

    @Test
    void anEmptyStoryStillRendersAValidImage() throws Exception {
        Document doc = parse(chart.render(List.of()));
        assertThat(doc.getDocumentElement().getAttribute("aria-label")).isEqualTo("Timeline: no articles yet");
    }
}
