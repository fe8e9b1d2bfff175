package org.parallax.reviews.internal.delivery;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.parallax.mail.Mail;
import org.parallax.reviews.Edition;
import org.parallax.reviews.EditionContent;
import org.parallax.reviews.internal.RecipientTokens;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Addresses a frozen edition to one reader: their own unsubscribe and preference links in the
 * bodies and in List-Unsubscribe (one-click, RFC 8058), and a Message-ID that names the edition and
 * the reader, so a message sent twice (a retry after an answer that never came) is known as one.
 */
@Component
class Letters {

    private final RecipientTokens tokens;
    private final SendingSettings settings;
    private final String baseUrl;
    private final String host;

    Letters(RecipientTokens tokens, SendingSettings settings, @Value("${parallax.base-url}") String baseUrl) {
        this.tokens = tokens;
        this.settings = settings;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        String named = URI.create(this.baseUrl).getHost();
        this.host = named == null || named.isBlank() ? "localhost" : named;
    }

    Mail letter(Edition edition, long readerId, String email) {
        String token = tokens.sign(readerId, edition.review());
        String unsubscribe = baseUrl + "/reviews/unsubscribe/" + token;
        EditionContent content = edition.content().addressed(unsubscribe, baseUrl + "/reviews/preferences/" + token);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(Mail.MESSAGE_ID, messageId(edition.id(), readerId));
        headers.put("List-Id", edition.review().title() + " <" + edition.review().slug() + ".reviews." + host + ">");
        headers.put("List-Unsubscribe", "<" + unsubscribe + ">" + (SendingSettings.present(settings.unsubscribeMailbox())
                ? ", <mailto:" + settings.unsubscribeMailbox().strip() + "?subject=unsubscribe%20" + token + ">" : ""));
        headers.put("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        return new Mail(email, content.subject(), content.text(), content.html(), headers);
    }

    /** The same for every try of this edition to this reader. */
    String messageId(long editionId, long readerId) {
        return "<review-" + editionId + "-" + readerId + "@" + host + ">";
    }
}
