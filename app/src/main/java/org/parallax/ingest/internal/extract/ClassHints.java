package org.parallax.ingest.internal.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What an element's class, id and role say about it. Names are split into words ("post-comments",
 * "shareBar" and "related_links" give {comments}, {share, bar}, {related, links}) and the words are
 * compared whole, so that "ad" matches "ad-slot" but not "header".
 */
final class ClassHints {

    /** Words that mark page furniture even inside an article: comments, sharing, promotions. */
    private static final Set<String> ALWAYS_FURNITURE = Set.of(
            "comment", "comments", "commentlist", "disqus", "respond", "share", "shares", "sharing", "sharebar",
            "social", "socials", "sociable", "shariff", "addthis", "related", "relatedposts", "recommended",
            "recommendations", "newsletter", "newsletters", "subscribe", "subscription", "signup", "paywall",
            "promo", "promotion", "advert", "advertisement", "advertising", "ad", "ads", "adsbygoogle", "sponsor",
            "sponsored", "cookie", "cookies", "consent", "gdpr", "popup", "modal", "overlay", "login", "print",
            "outbrain", "taboola", "breadcrumb", "breadcrumbs", "pagination", "pager", "skip", "sronly",
            "tags", "tagcloud", "taglist", "keywords", "byline", "dateline", "author", "authors", "reply",
            "rating", "banner", "sidebar", "toolbar", "masthead",
            "footnav", "menu", "navbar", "nav", "navigation", "topbar", "copyright", "disclaimer", "donate",
            "caption", "credit", "credits", "meta", "postmeta", "entrymeta", "timestamp", "date");

    /** Words that mark page furniture unless the element also says it holds the article. */
    private static final Set<String> MAYBE_FURNITURE = Set.of(
            "header", "footer", "aside", "more", "links", "extra", "sitemap", "search", "community", "sharing",
            "categories", "category", "contact", "info", "tools", "utility", "complementary", "contentinfo", "side");

    private static final Set<String> CONTENT = Set.of(
            "article", "articlebody", "content", "entry", "main", "post", "story", "body", "text", "blog", "prose",
            "richtext", "maincontent", "postbody", "storybody", "entrycontent", "postcontent");

    /** Words that name a dialog: a box over the page, never the article, whatever prose it holds. */
    private static final Set<String> DIALOG = Set.of("dialog", "modal", "popup");
    /** Words of page-wide wrappers named after dialogs ("dialog-off-canvas-main-canvas"). */
    private static final Set<String> NOT_A_DIALOG = Set.of("canvas", "page", "wrapper", "backdrop");

    private static final Set<String> SIDEBAR = Set.of("sidebar", "widget", "widgets", "aside");

    /** Words that say an element has, lacks or sits beside the thing the next word names. */
    private static final Set<String> NEGATIONS = Set.of("has", "no", "with", "without");

    private static final Pattern CSS_MODULE_HASH = Pattern.compile("__(?=[A-Za-z-]*\\d)[A-Za-z0-9-]{5}(?=\\s|$)");

    private ClassHints() {
    }

    /** How sure the element's names are that it is furniture. */
    enum Furniture { NO, MAYBE, SURE }

    /** Whether the element's names say it is navigation, a promotion, comments or similar: SURE for words such as comments, share, related; MAYBE for words sites also put on wrappers ("side", "more"). */
    static Furniture furniture(Element element) {
        String names = names(element);
        if (names.isEmpty()) {
            return Furniture.NO;
        }
        boolean maybe = false;
        boolean content = false;
        String previous = "";
        for (String word : words(names)) {
            if (NEGATIONS.contains(previous)) {
                previous = word;
                continue; // "has-ads", "no-sidebar", "with-comments": the element is not the thing named
            }
            previous = word;
            if (ALWAYS_FURNITURE.contains(word)) {
                return Furniture.SURE;
            }
            maybe |= MAYBE_FURNITURE.contains(word);
            content |= CONTENT.contains(word);
        }
        return maybe && !content ? Furniture.MAYBE : Furniture.NO;
    }

    /** True when the element's class or id names it a dialog (a login, consent or newsletter box). */
    static boolean isDialog(Element element) {
        String names = element.attr("class") + ' ' + element.id();
        if (names.isBlank()) {
            return false;
        }
        boolean dialog = false;
        String previous = "";
        for (String word : words(names)) {
            if (NOT_A_DIALOG.contains(word) || CONTENT.contains(word)) {
                return false;
            }
            dialog |= DIALOG.contains(word) && !NEGATIONS.contains(previous);
            previous = word;
        }
        return dialog;
    }

    /** True when the element's class or id names a sidebar or a widget ("sidebar", "widget-area", "secondary"). */
    static boolean isSidebar(Element element) {
        String names = element.attr("class") + ' ' + element.id();
        if (names.isBlank()) {
            return false;
        }
        String previous = "";
        for (String word : words(names)) {
            if (SIDEBAR.contains(word) && !NEGATIONS.contains(previous)) {
                return true;
            }
            previous = word;
        }
        return false;
    }

    /** True when the element's names say it holds the article's text. */
    static boolean isContent(Element element) {
        String names = names(element);
        for (String word : words(names)) {
            if (CONTENT.contains(word)) {
                return true;
            }
        }
        return "articleBody".equals(element.attr("itemprop"));
    }

    private static String names(Element element) {
        String classes = element.attr("class");
        String id = element.id();
        String role = element.attr("role");
        if (id.isEmpty() && role.isEmpty()) {
            return classes;
        }
        return classes + ' ' + id + ' ' + role;
    }

    /**
     * Splits on anything but letters and digits and on lower-to-upper case changes, after dropping the
     * hashes CSS modules append ("Main__2pNav"), which would otherwise read as words.
     */
    static String[] words(String names) {
        if (names.contains("__")) {
            names = CSS_MODULE_HASH.matcher(names).replaceAll("");
        }
        StringBuilder out = new StringBuilder(names.length() + 8);
        char previous = ' ';
        for (int i = 0; i < names.length(); i++) {
            char c = names.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (Character.isUpperCase(c) && Character.isLowerCase(previous)) {
                    out.append(' ');
                }
                out.append(Character.toLowerCase(c));
            } else {
                out.append(' ');
            }
            previous = c;
        }
        return out.toString().toLowerCase(Locale.ROOT).trim().split(" +");
    }
}
