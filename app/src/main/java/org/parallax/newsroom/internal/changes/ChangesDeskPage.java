package org.parallax.newsroom.internal.changes;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.parallax.library.Article;
import org.parallax.newsroom.Correction;
import org.parallax.newsroom.CorrectionKind;

/**
 * The newsroom page where an editor appends updates to a published article and adds corrections.
 * {@code problem} is a refusal to show above the forms; {@code updateText} and {@code correctionText}
 * give back what the editor wrote when it was refused, so nothing typed is lost.
 */
public record ChangesDeskPage(String articleId, String title, List<Line> updates, List<Correction> corrections,
        String problem, String updateText, String correctionText, boolean appended, boolean corrected) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM uuuu, HH:mm zzz", Locale.ENGLISH);

    /** An update as the desk lists it: its time in the publication's zone and its text. */
    public record Line(String when, String text, String credit) {
    }

    static ChangesDeskPage of(Article article, List<Correction> corrections, ZoneId zone) {
        List<Line> updates = UpdateDesk.updatesOf(article).stream()
                .map(update -> new Line(WHEN.format(update.at().atZone(zone)), update.text(), update.credit()))
                .toList();
        return new ChangesDeskPage(article.id(), article.title(), updates, corrections, null, "", "", false, false);
    }

    ChangesDeskPage refused(String problem, String updateText, String correctionText) {
        return new ChangesDeskPage(articleId, title, updates, corrections, problem, updateText == null ? "" : updateText,
                correctionText == null ? "" : correctionText, false, false);
    }

    ChangesDeskPage confirming(boolean appended, boolean corrected) {
        return new ChangesDeskPage(articleId, title, updates, corrections, problem, updateText, correctionText, appended,
                corrected);
    }

    public List<CorrectionKind> kinds() {
        return List.of(CorrectionKind.values());
    }

}
