package org.parallax.ingest.internal.follow;

/** Feeds and article pages of fictional outlets covering the Varnholm ferry accord. */
final class OutletPages {

    static final String FERRY_STORY = """
            <p>Envoys from Osterby and Lunmark agreed on Friday to resume night ferry crossings of the Varnholm strait \
            from April, officials on both sides said after two days of talks in the old customs house.</p>
            <p>The crossings were suspended four years ago amid a dispute over customs inspections at the piers, and \
            trade in the pier towns has fallen by a third since then, according to the fishing cooperatives.</p>
            <blockquote>It is a modest step, but a real one.</blockquote>
            <p>Under the accord, six crossings a night will run on two routes, with joint inspection teams at both \
            piers. Lunmark's transport minister said the teams would begin work within a month of the signing.</p>""";

    private OutletPages() {
    }

    static String page(String title, String byline, String published, String story) {
        return """
                <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%1$s | Coastal News</title>
                <meta property="og:title" content="%1$s"><meta name="author" content="%2$s">
                <meta property="article:published_time" content="%3$s"></head>
                <body><header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav></header>
                <div class="cookie-banner">We use cookies to improve your experience. <button>Accept all</button></div>
                <main><article><h1>%1$s</h1><p class="byline">By %2$s</p>
                %4$s
                <div class="paywall-promo"><p>Keep reading for free. Subscribe now for unlimited access.</p>
                <p>Already a subscriber? Log in</p></div>
                <div class="share-bar"><a href="#">Share on social media</a> <a href="#">Email this story</a></div>
                </article>
                <aside class="related"><h2>Related stories</h2><ul><li><a href="/a">Harbour fees rise again</a></li>
                <li><a href="/b">Storm closes the northern pier</a></li></ul></aside>
                <section class="newsletter">Sign up for our newsletter to get the day's news every morning.</section>
                <section id="comments"><h2>Comments</h2><p>First! Great article, thanks.</p></section></main>
                <footer>Copyright Coastal News. All rights reserved. Privacy policy. Terms of use.</footer></body></html>
                """.formatted(title, byline, published, story);
    }

    static String rss(String title, String link, String... items) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>%s</title><link>%s</link><description>Latest news</description>
                %s
                </channel></rss>""".formatted(title, link, String.join("\n", items));
    }

    static String rssItem(String title, String link, String published, String summary) {
        return """
                <item><title>%s</title><link>%s</link><guid>%s</guid><pubDate>%s</pubDate>
                <description><![CDATA[%s]]></description></item>""".formatted(title, link, link, published, summary);
    }

    static String atom(String title, String link, String entryTitle, String entryLink, String summary) {
        return """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>%s</title><link href="%s"/><id>%s</id>
                <updated>2026-03-14T08:20:00Z</updated>
                <entry><title>%s</title><link href="%s"/><id>%s</id><updated>2026-03-14T08:20:00Z</updated>
                <author><name>Mirela Dunst</name></author><summary>%s</summary></entry></feed>
                """.formatted(title, link, link, entryTitle, entryLink, entryLink, summary);
    }
}
