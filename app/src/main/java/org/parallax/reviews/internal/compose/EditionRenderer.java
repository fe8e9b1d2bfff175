package org.parallax.reviews.internal.compose;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.Map;
import org.parallax.reviews.EditionContent;
import org.springframework.stereotype.Component;

/**
 * Renders a composed edition for mail clients: HTML from the jte template reviews/email (tables,
 * inline styles, every text escaped) and the hand-written plain-text alternative.
 */
@Component
class EditionRenderer {

    private final TemplateEngine templates;

    EditionRenderer() {
        // Its own engine: the site's may be configured for pages (binary static content, a view resolver).
        this.templates = TemplateEngine.createPrecompiled(ContentType.Html);
    }

    EditionContent render(ComposedEdition edition) {
        StringOutput html = new StringOutput();
        templates.render("reviews/email.jte", Map.of("edition", edition), html);
        return new EditionContent(edition.review(), edition.date(), edition.subject(), html.toString(),
                PlainTextEdition.render(edition));
    }
}
