package org.parallax.access.internal;

import java.util.ArrayList;
import java.util.List;
import org.parallax.access.AccessPolicy;
import org.parallax.access.Entitlement;
import org.parallax.access.Reach;
import org.parallax.access.ReadableText;
import org.parallax.access.Visitor;
import org.parallax.library.AccessLevel;
import org.parallax.library.Article;
import org.parallax.library.Block;
import org.springframework.stereotype.Service;

/**
 * The access decision. It asks the database (one lookup by primary key) only when a signed-in
 * reader without All-Access opens a gated article: whether they unlocked it.
 */
@Service
class MeteredAccessPolicy implements AccessPolicy {

    private final AccessProperties properties;
    private final UnlockedArticles unlocks;

    MeteredAccessPolicy(AccessProperties properties, UnlockedArticles unlocks) {
        this.properties = properties;
        this.unlocks = unlocks;
    }

    @Override
    public Entitlement decide(Article article, Visitor visitor) {
        if (!article.own()) {
            return new Entitlement(Reach.EXCERPT, "another outlet's article: read it at the source");
        }
        if (article.access() == AccessLevel.FREE) {
            return new Entitlement(Reach.FULL, "free to all");
        }
        if (visitor.staff()) {
            return new Entitlement(Reach.FULL, "staff read everything");
        }
        if (visitor.allAccess()) {
            return new Entitlement(Reach.FULL, "your All-Access subscription");
        }
        if (visitor.unlockedHere().contains(article.id())) {
            return new Entitlement(Reach.FULL, "unlocked with your email");
        }
        if (article.access() == AccessLevel.REGISTERED && visitor.standing() == Visitor.Standing.REGISTERED) {
            return new Entitlement(Reach.FULL, "free to registered readers");
        }
        if (visitor.signedIn() && unlocks.unlocked(visitor.readerId(), article.id())) {
            return new Entitlement(Reach.FULL, "you unlocked this article");
        }
        return new Entitlement(Reach.TEASER, article.access() == AccessLevel.REGISTERED
                ? "registered readers only" : "All-Access subscribers only");
    }

    @Override
    public ReadableText readable(Article article, Visitor visitor) {
        Entitlement entitlement = decide(article, visitor);
        return switch (entitlement.reach()) {
            case FULL -> new ReadableText(entitlement, article.body(), false);
            case TEASER -> teaser(article, entitlement);
            case EXCERPT -> excerpt(article, entitlement);
        };
    }

    @Override
    public boolean searchesGatedText(Visitor visitor) {
        return visitor.staff() || visitor.allAccess();
    }

    @Override
    public ReadableText open(Article article) {
        return readable(article, Visitor.ANONYMOUS);
    }

    private ReadableText teaser(Article article, Entitlement entitlement) {
        List<Block> shown = new ArrayList<>();
        int paragraphs = 0;
        for (Block block : article.body()) {
            if (paragraphs >= properties.teaserParagraphs()) {
                break;
            }
            shown.add(block);
            // An update at the top is read like a lead paragraph, so it counts toward the teaser.
            if (block instanceof Block.Paragraph || block instanceof Block.Update) {
                paragraphs++;
            }
        }
        return new ReadableText(entitlement, shown, shown.size() < article.body().size());
    }

    private ReadableText excerpt(Article article, Entitlement entitlement) {
        String text = article.body().stream()
                .filter(block -> !(block instanceof Block.Heading))
                .map(Block::text)
                .reduce((a, b) -> a + " " + b)
                .orElse("");
        int limit = properties.excerptCharacters();
        if (text.length() <= limit) {
            return new ReadableText(entitlement, List.of(new Block.Paragraph(text)), false);
        }
        int cut = text.lastIndexOf(' ', limit);
        String shown = text.substring(0, cut > limit / 2 ? cut : limit).strip() + " …";
        return new ReadableText(entitlement, List.of(new Block.Paragraph(shown)), true);
    }
}
