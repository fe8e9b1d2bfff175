package org.parallax.stories.internal.coverage;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A story's timeline as an SVG drawing rendered on the server: one row per outlet (the
 * publication's own first, then the others in the order they first published), a dot for each
 * article when it was published and a diamond, joined to its dot, when it was last updated.
 *
 * <p>The drawing is made for a strict content security policy: no script, no style attributes;
 * colours come from the class names below, which the site's stylesheet fills in
 * (the site's stylesheet styles them under {@code .timeline}), with presentation attributes only for geometry. It
 * has a fixed width and a viewBox, so it scales with its container. It is an image to assistive
 * technology, named by its {@code <title>} and {@code aria-label}; every mark carries its own
 * {@code <title>} with outlet, headline and time. All text is escaped for XML.
 */
public final class TimelineChart {

    static final int WIDTH = 720;
    private static final int LABELS = 170;
    private static final int RIGHT = 24;
    private static final int TOP = 10;
    private static final int ROW = 22;
    private static final int AXIS = 44;
    private static final int LONGEST_LABEL = 24;

    private final ZoneId zone;

    public TimelineChart() {
        this(ZoneId.of("UTC"));
    }

    /** @param zone the time zone the tick labels and mark titles are written in */
    public TimelineChart(ZoneId zone) {
        this.zone = zone;
    }

    public String render(List<CoverageArticle> articles) {
        Map<String, List<CoverageArticle>> rows = rows(articles);
        int height = TOP + Math.max(1, rows.size()) * ROW + AXIS;
        String name = articles.isEmpty() ? "Timeline: no articles yet" : name(articles, rows.size());
        StringBuilder svg = new StringBuilder(4096 + articles.size() * 400);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"timeline\" role=\"img\" width=\"")
                .append(WIDTH).append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(WIDTH)
                .append(' ').append(height).append("\" aria-label=\"").append(escape(name)).append("\">")
                .append("<title>").append(escape(name)).append("</title>");
        if (!articles.isEmpty()) {
            TimeAxis axis = axis(articles);
            int row = 0;
            for (var outlet : rows.entrySet()) {
                drawRow(svg, outlet.getKey(), outlet.getValue(), row++, axis);
            }
            drawAxis(svg, axis, TOP + rows.size() * ROW);
        }
        return svg.append("</svg>").toString();
    }

    private String name(List<CoverageArticle> articles, int outlets) {
        Instant first = articles.stream().map(CoverageArticle::published).min(Comparator.naturalOrder()).orElseThrow();
        Instant last = articles.stream().map(CoverageArticle::published).max(Comparator.naturalOrder()).orElseThrow();
        long updates = articles.stream().filter(CoverageArticle::wasUpdated).count();
        return "Timeline: " + articles.size() + (articles.size() == 1 ? " article" : " articles") + " from "
                + outlets + (outlets == 1 ? " outlet" : " outlets") + ", published " + describe(first)
                + (first.equals(last) ? "" : " to " + describe(last))
                + (updates == 0 ? "" : "; " + updates + (updates == 1 ? " update" : " updates"));
    }

    /** Own outlets first, then by first publication, then by name. */
    private static Map<String, List<CoverageArticle>> rows(List<CoverageArticle> articles) {
        Map<String, List<CoverageArticle>> byOutlet = new HashMap<>();
        for (CoverageArticle a : articles) {
            byOutlet.computeIfAbsent(a.outlet(), o -> new ArrayList<>()).add(a);
        }
        Comparator<List<CoverageArticle>> order = Comparator
                .comparing((List<CoverageArticle> list) -> list.stream().noneMatch(CoverageArticle::own))
                .thenComparing(list -> list.stream().map(CoverageArticle::published).min(Comparator.naturalOrder())
                        .orElseThrow())
                .thenComparing(list -> list.getFirst().outlet());
        Map<String, List<CoverageArticle>> rows = new LinkedHashMap<>();
        byOutlet.values().stream().sorted(order).forEach(list -> rows.put(list.getFirst().outlet(),
                list.stream().sorted(Comparator.comparing(CoverageArticle::published)
                        .thenComparing(CoverageArticle::articleId)).toList()));
        return rows;
    }

    private TimeAxis axis(List<CoverageArticle> articles) {
        Instant first = Instant.MAX;
        Instant last = Instant.MIN;
        for (CoverageArticle a : articles) {
            first = min(first, a.published());
            last = max(last, a.wasUpdated() ? a.updated() : a.published());
        }
        return new TimeAxis(first, last, zone);
    }

    private void drawRow(StringBuilder svg, String outlet, List<CoverageArticle> articles, int row, TimeAxis axis) {
        boolean own = articles.stream().anyMatch(CoverageArticle::own);
        double y = TOP + row * ROW + ROW / 2.0;
        String label = outlet.length() > LONGEST_LABEL ? outlet.substring(0, LONGEST_LABEL - 1).strip() + "…" : outlet;
        svg.append("<g class=\"").append(own ? "own outlet-row" : "outlet-row").append("\">");
        svg.append("<line class=\"row\" x1=\"").append(LABELS).append("\" x2=\"").append(WIDTH - RIGHT)
                .append("\" y1=\"").append(num(y)).append("\" y2=\"").append(num(y)).append("\"/>");
        svg.append("<text class=\"").append(own ? "own outlet" : "outlet").append("\" x=\"").append(LABELS - 8)
                .append("\" y=\"").append(num(y + 4)).append("\" text-anchor=\"end\">").append(escape(label));
        if (!label.equals(outlet)) {
            svg.append("<title>").append(escape(outlet)).append("</title>");
        }
        svg.append("</text>");
        Map<Long, Integer> taken = new HashMap<>();
        for (CoverageArticle a : articles) {
            double x = x(axis, a.published());
            // Articles published at the same moment fan out up and down so each stays visible.
            int same = taken.merge(Math.round(x), 1, Integer::sum) - 1;
            double cy = y + (same == 0 ? 0 : ((same + 1) / 2) * 4.0 * (same % 2 == 0 ? 1 : -1));
            svg.append("<g class=\"article\"><title>").append(escape(markTitle(a))).append("</title>");
            if (a.wasUpdated()) {
                double ux = x(axis, a.updated());
                svg.append("<line class=\"revision\" x1=\"").append(num(x)).append("\" x2=\"").append(num(ux))
                        .append("\" y1=\"").append(num(cy)).append("\" y2=\"").append(num(cy)).append("\"/>");
                svg.append("<polygon class=\"update\" points=\"").append(num(ux)).append(',').append(num(cy - 5))
                        .append(' ').append(num(ux + 5)).append(',').append(num(cy)).append(' ').append(num(ux))
                        .append(',').append(num(cy + 5)).append(' ').append(num(ux - 5)).append(',')
                        .append(num(cy)).append("\"/>");
            }
            svg.append("<circle class=\"published\" cx=\"").append(num(x)).append("\" cy=\"").append(num(cy))
                    .append("\" r=\"4.5\"/></g>");
        }
        svg.append("</g>");
    }

    private String markTitle(CoverageArticle a) {
        String headline = a.title().isBlank() ? "" : ": " + a.title().strip();
        String updated = a.wasUpdated() ? ", updated " + describe(a.updated()) : "";
        return a.outlet() + headline + " (published " + describe(a.published()) + updated + ")";
    }

    private void drawAxis(StringBuilder svg, TimeAxis axis, int top) {
        double y = top + 6;
        svg.append("<g class=\"time-axis\"><line class=\"axis\" x1=\"").append(LABELS).append("\" x2=\"")
                .append(WIDTH - RIGHT).append("\" y1=\"").append(num(y)).append("\" y2=\"").append(num(y))
                .append("\"/>");
        for (TimeAxis.Tick tick : axis.ticks()) {
            double x = x(axis, tick.at());
            svg.append("<line class=\"tick\" x1=\"").append(num(x)).append("\" x2=\"").append(num(x))
                    .append("\" y1=\"").append(num(y)).append("\" y2=\"").append(num(y + 4)).append("\"/>")
                    .append("<text class=\"tick-label\" x=\"").append(num(x)).append("\" y=\"").append(num(y + 16))
                    .append("\" text-anchor=\"middle\">").append(escape(tick.label())).append("</text>");
        }
        double legend = y + 34;
        svg.append("</g><g class=\"legend\"><circle class=\"published\" cx=\"").append(LABELS).append("\" cy=\"")
                .append(num(legend - 4)).append("\" r=\"4.5\"/><text class=\"legend\" x=\"").append(LABELS + 9)
                .append("\" y=\"").append(num(legend)).append("\">published</text><polygon class=\"update\" points=\"")
                .append(LABELS + 90).append(',').append(num(legend - 9)).append(' ').append(LABELS + 95).append(',')
                .append(num(legend - 4)).append(' ').append(LABELS + 90).append(',').append(num(legend + 1))
                .append(' ').append(LABELS + 85).append(',').append(num(legend - 4))
                .append("\"/><text class=\"legend\" x=\"").append(LABELS + 100).append("\" y=\"").append(num(legend))
                .append("\">updated (times in ").append(escape(zone.getId())).append(")</text></g>");
    }

    private static double x(TimeAxis axis, Instant at) {
        return LABELS + axis.position(at) * (WIDTH - RIGHT - LABELS);
    }

    private String describe(Instant at) {
        return TimeAxis.describe(at, zone);
    }

    private static String num(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    /** XML text and attribute escaping; characters XML cannot carry at all are dropped. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else if (allowedInXml(c)) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static boolean allowedInXml(char c) {
        return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
    }
}
