package org.parallax.search.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parallax.search.lucene.NewsAnalyzer;
import tools.jackson.databind.JsonNode;

/**
 * The index's "news" analyzer, built from OpenSearch's filters, cuts text into the same terms at the
 * same positions as the Lucene engine's NewsAnalyzer, which parses the queries for both.
 */
class NewsAnalyzerParityTest {

    private static final String ALIAS = "analyzer-parity";
    private static OpenSearchSearchEngine engine;

    @BeforeAll
    static void createTheIndex() {
        engine = new OpenSearchSearchEngine(OpenSearchTestNode.settings(ALIAS));
        engine.index(List.of(), 1);
    }

    @AfterAll
    static void dropTheIndex() {
        engine.close();
        OpenSearchTestNode.dropIndexes(ALIAS);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Envoys reach a ferry accord in the Varnholm strait",
            "The harbour commissioner's talks; the commissioners' ledgers.",
            "Zürich, São Paulo, Ærø and Kraków: accents fold away",
            "NEGOTIATORS negotiated, negotiating; ran running runs",
            "U.S.-based e-mail user@example.com 3.5% 1,000,000 rock'n'roll",
            "Fährabkommen in der Meerenge von Varnholm; Straße",
            "<script>alert('x')</script> & a <b>bold</b> claim",
            "Les négociateurs l'ont dit ; 北京 会谈 2026",
            "don't won't O'Neill's Joneses' — “quoted” ‘words’",
    })
    void bothEnginesCutTheSameTerms(String text) throws Exception {
        assertThat(openSearchTerms(text)).isEqualTo(luceneTerms(text));
    }

    private static List<String> luceneTerms(String text) throws IOException {
        List<String> terms = new ArrayList<>();
        try (Analyzer analyzer = new NewsAnalyzer(); TokenStream stream = analyzer.tokenStream("openText", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                terms.add(position + ":" + term);
            }
            stream.end();
        }
        return terms;
    }

    private static List<String> openSearchTerms(String text) throws InterruptedException {
        String body = Cluster.JSON.writeValueAsString(Cluster.JSON.createObjectNode().put("analyzer", "news").put("text", text));
        try {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(OpenSearchTestNode.url().resolve("/" + ALIAS + "/_analyze"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            List<String> terms = new ArrayList<>();
            for (JsonNode token : Cluster.JSON.readTree(answer.body()).path("tokens")) {
                terms.add(token.path("position").asInt() + ":" + token.path("token").asString());
            }
            return terms;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
