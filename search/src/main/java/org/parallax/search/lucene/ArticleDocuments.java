package org.parallax.search.lucene;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;
import org.parallax.search.IndexedArticle;

/**
 * How an article is laid out in the index: one Lucene document, one field per thing a search asks
 * about. The field names and the way names and languages are compared are public: the OpenSearch
 * adapter lays its documents out under the same names, so parsed queries mean the same there.
 */
public final class ArticleDocuments {

    public static final String ID = "id";
    public static final String URL = "url";
    public static final String TITLE = "title";
    public static final String DEK = "dek";
    public static final String BYLINE = "byline";
    public static final String OPEN_TEXT = "openText";
    public static final String GATED_TEXT = "gatedText";
    public static final String OUTLET = "outlet";
    public static final String OUTLET_NAME = "outletName";
    public static final String OWN = "own";
    public static final String KIND = "kind";
    public static final String LANGUAGE = "language";
    public static final String PUBLISHED = "published";
    public static final String PERSON = "person";
    public static final String PLACE = "place";
    public static final String ORGANIZATION = "organization";

    /**
     * The layout's version, committed with every write. An index written under another one is
     * rebuilt from the library before it is used (version 2 added the entity fields).
     */
    static final String LAYOUT = "2";

    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Body text keeps offsets in the postings so the highlighter need not analyse it again. */
    private static final FieldType BODY = bodyType();

    private ArticleDocuments() {
    }

    static Term idTerm(String id) {
        return new Term(ID, id);
    }

    /** Languages are compared the way readers type them: "EN" is "en". */
    public static String languageCode(String language) {
        return language.strip().toLowerCase(Locale.ROOT);
    }

    static Document document(IndexedArticle article) {
        Document document = new Document();
        document.add(new StringField(ID, article.id(), Field.Store.YES));
        document.add(new StoredField(URL, orEmpty(article.url())));
        document.add(new TextField(TITLE, orEmpty(article.title()), Field.Store.YES));
        document.add(new TextField(DEK, orEmpty(article.dek()), Field.Store.YES));
        document.add(new TextField(BYLINE, orEmpty(article.byline()), Field.Store.YES));
        document.add(new Field(OPEN_TEXT, orEmpty(article.openText()), BODY));
        document.add(new Field(GATED_TEXT, orEmpty(article.gatedText()), BODY));
        document.add(new StringField(OUTLET, orEmpty(article.outletSlug()), Field.Store.YES));
        document.add(new StoredField(OUTLET_NAME, orEmpty(article.outletName())));
        document.add(new StoredField(OWN, article.own() ? 1 : 0));
        document.add(new StringField(KIND, orEmpty(article.kind()), Field.Store.YES));
        if (article.language() != null && !article.language().isBlank()) {
            document.add(new StringField(LANGUAGE, languageCode(article.language()), Field.Store.YES));
        }
        addEntities(document, PERSON, article.entities().people());
        addEntities(document, PLACE, article.entities().places());
        addEntities(document, ORGANIZATION, article.entities().organizations());
        if (article.published() != null) {
            long millis = article.published().toEpochMilli();
            document.add(new LongPoint(PUBLISHED, millis));
            document.add(new NumericDocValuesField(PUBLISHED, millis));
            document.add(new StoredField(PUBLISHED, millis));
        }
        return document;
    }

    /** Entity filters match any case and spacing; facets count under the name as filed. */
    public static String entityKey(String name) {
        return SPACES.matcher(name.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    private static void addEntities(Document document, String field, Set<String> names) {
        for (String name : names) {
            document.add(new StringField(field, entityKey(name), Field.Store.NO));
            document.add(new SortedSetDocValuesField(field, new BytesRef(name)));
        }
    }

    static Instant published(Document document) {
        IndexableField field = document.getField(PUBLISHED);
        return field == null ? null : Instant.ofEpochMilli(field.numericValue().longValue());
    }

    static boolean own(Document document) {
        IndexableField field = document.getField(OWN);
        return field != null && field.numericValue().intValue() == 1;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    private static FieldType bodyType() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }
}
