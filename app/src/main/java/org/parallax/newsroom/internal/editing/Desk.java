package org.parallax.newsroom.internal.editing;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.parallax.library.ArticleDraft;
import org.parallax.library.Edit;
import org.parallax.library.Library;
import org.parallax.newsroom.AuditLog;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The newsroom's acts on an article: create, save, schedule, publish, unpublish. Each checks the
 * form, changes the row only if it is still at the version the editor started from, writes the
 * library when readers should see the change, and records itself in the audit log, all in one
 * transaction.
 */
@Service
class Desk {

    static final DateTimeFormatter SCHEDULE_INPUT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter SCHEDULE_SHOWN = DateTimeFormatter.ofPattern("d MMMM uuuu, HH:mm", Locale.ENGLISH);

    private final DeskArticles articles;
    private final FormCheck check;
    private final Library library;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final EditingSettings settings;
    private final Clock clock;
    private final String publicationName;
    private final String baseUrl;

    Desk(DeskArticles articles, FormCheck check, Library library, AuditLog audit, TransactionTemplate transactions,
            EditingSettings settings, Clock clock, @Value("${parallax.library.publication-name}") String publicationName,
            @Value("${parallax.base-url}") String baseUrl) {
        this.articles = articles;
        this.check = check;
        this.library = library;
        this.audit = audit;
        this.transactions = transactions;
        this.settings = settings;
        this.clock = clock;
        this.publicationName = publicationName;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    Optional<DeskArticle> article(String articleId) {
        return articles.find(articleId);
    }

    List<DeskArticle> list(DeskState state) {
        return articles.list(state, 500);
    }

    DeskArticle create(ArticleForm form, String editor) {
        FormCheck.Checked checked = check.check(form, false);
        return transactions.execute(status -> {
            String id = freeId(checked.copy().title());
            DeskArticle added = articles.add(id, checked.copy(), editor, clock.instant());
            audit.record(editor, "create", id, checked.copy().title());
            return added;
        });
    }

    /** Saves the text; a published article stays as readers see it until it is published again. */
    DeskArticle save(String articleId, ArticleForm form, String editor) {
        FormCheck.Checked checked = check.check(form, false);
        return change(articleId, form, editor, "save", current -> {
            DeskState state = current.state() == DeskState.SCHEDULED ? DeskState.SCHEDULED : current.state();
            return articles.save(articleId, current.version(), checked.copy(), state, current.publishAt(),
                    current.publishedAt(), editor, clock.instant());
        }, null);
    }

    DeskArticle schedule(String articleId, ArticleForm form, String editor) {
        FormCheck.Checked checked = check.check(form, true);
        Instant at = scheduleTime(form.text(form.publishAt()));
        return change(articleId, form, editor, "schedule", current -> {
            if (current.state() == DeskState.PUBLISHED) {
                throw new Refused("This article is already published; publish the changes instead, or unpublish it first.");
            }
            return articles.save(articleId, current.version(), checked.copy(), DeskState.SCHEDULED, at,
                    current.publishedAt(), editor, clock.instant());
        }, shown(at) + " " + settings.timeZone().getId());
    }

    /**
     * Publishes the article, or the changes to it: the library gets a new version signed by the
     * editor with the form's note and minor flag, so history and headline notices can show them.
     */
    DeskArticle publish(String articleId, ArticleForm form, String editor) {
        FormCheck.Checked checked = check.check(form, true);
        Edit edit = new Edit(editor, form.text(form.note()), form.minorChange());
        return change(articleId, form, editor, null, current -> {
            Instant now = clock.instant();
            Instant publishedAt = current.publishedAt() != null ? current.publishedAt() : now;
            boolean saved = articles.save(articleId, current.version(), checked.copy(), DeskState.PUBLISHED, null,
                    publishedAt, editor, now);
            if (saved) {
                library.store(draft(articleId, checked, publishedAt), edit);
                boolean again = current.state() == DeskState.PUBLISHED;
                audit.record(editor, again ? "edit" : "publish", articleId,
                        again ? describe(edit) : checked.copy().title());
            }
            return saved;
        }, null);
    }

    DeskArticle unpublish(String articleId, String version, String editor) {
        int basedOn = version(version);
        return transactions.execute(status -> {
            DeskArticle current = articles.find(articleId).orElseThrow(() -> new Refused("There is no article " + articleId + "."));
            if (current.state() != DeskState.PUBLISHED) {
                throw new Refused("Only a published article can be unpublished.");
            }
            if (current.version() != basedOn || !articles.restate(articleId, basedOn, DeskState.UNPUBLISHED,
                    current.publishedAt(), editor, clock.instant())) {
                throw new StaleVersion(current);
            }
            library.withdraw(articleId);
            audit.record(editor, "unpublish", articleId, current.copy().title());
            return articles.find(articleId).orElseThrow();
        });
    }

    /** Publishes every scheduled article whose time has come; returns how many this node published. */
    int publishDue() {
        int published = 0;
        for (DeskArticle due : articles.due(clock.instant(), 50)) {
            Boolean mine = transactions.execute(status -> {
                Instant now = clock.instant();
                if (!articles.claimDue(due, now)) {
                    return false;
                }
                DeskArticle claimed = articles.find(due.articleId()).orElseThrow();
                FormCheck.Checked checked = new FormCheck.Checked(claimed.copy(), check.preview(ArticleForm.of(claimed, "")));
                library.store(draft(claimed.articleId(), checked, claimed.publishedAt()), new Edit(due.savedBy(), null, false));
                audit.record("scheduler", "publish", claimed.articleId(), "scheduled by " + due.savedBy() + " for " + due.publishAt());
                return true;
            });
            published += Boolean.TRUE.equals(mine) ? 1 : 0;
        }
        return published;
    }

    /** The address readers will read the article at. */
    String address(String articleId) {
        return baseUrl + "/articles/" + articleId;
    }

    String shown(Instant at) {
        return at == null ? "" : SCHEDULE_SHOWN.format(at.atZone(settings.timeZone()));
    }

    String scheduleInput(Instant at) {
        return at == null ? "" : SCHEDULE_INPUT.format(at.atZone(settings.timeZone()));
    }

    ZoneInfo zone() {
        return new ZoneInfo(settings.timeZone().getId());
    }

    private DeskArticle change(String articleId, ArticleForm form, String editor, String action, Change change, String detail) {
        int basedOn = version(form.version());
        return transactions.execute(status -> {
            DeskArticle current = articles.find(articleId).orElseThrow(() -> new Refused("There is no article " + articleId + "."));
            if (current.version() != basedOn || !change.apply(current)) {
                throw new StaleVersion(articles.find(articleId).orElse(current));
            }
            if (action != null) {
                audit.record(editor, action, articleId, detail);
            }
            return articles.find(articleId).orElseThrow();
        });
    }

    private ArticleDraft draft(String articleId, FormCheck.Checked checked, Instant publishedAt) {
        Copy copy = checked.copy();
        return new ArticleDraft(articleId, address(articleId), publicationName, copy.title(), copy.dek(), copy.byline(),
                copy.kind(), copy.access(), "en", publishedAt, null, keptUpdates(articleId, checked.manuscript().blocks()));
    }

    /** Markdown cannot write the updates appended to a published article, so they are carried over. */
    private java.util.List<org.parallax.library.Block> keptUpdates(String articleId, java.util.List<org.parallax.library.Block> edited) {
        return org.parallax.newsroom.internal.changes.KeptUpdates.into(edited,
                library.article(articleId).map(org.parallax.library.Article::body).orElse(java.util.List.of()));
    }

    private Instant scheduleTime(String typed) {
        Instant at;
        try {
            at = LocalDateTime.parse(typed.strip(), SCHEDULE_INPUT).atZone(settings.timeZone()).toInstant();
        } catch (DateTimeParseException e) {
            throw new Refused("Give the time to publish as a date and time, such as 2026-03-16T07:00 ("
                    + settings.timeZone().getId() + ").");
        }
        if (!at.isAfter(clock.instant())) {
            throw new Refused("The time " + shown(at) + " " + settings.timeZone().getId()
                    + " is in the past: pick a later one, or publish now.");
        }
        return at;
    }

    private String freeId(String title) {
        String base = slug(title);
        String id = base;
        for (int n = 2; articles.idTaken(id) || library.article(id).isPresent(); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    static String slug(String title) {
        String plain = Normalizer.normalize(title, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        String slug = plain.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > 80) {
            slug = slug.substring(0, 80).replaceAll("-[^-]*$", "");
        }
        return slug.isEmpty() ? "article" : slug;
    }

    private static int version(String typed) {
        try {
            return Integer.parseInt(typed == null ? "" : typed.strip());
        } catch (NumberFormatException e) {
            throw new Refused("The form lost track of which version it edits; open the article again.");
        }
    }

    private static String describe(Edit edit) {
        String minor = edit.minor() ? "minor" : "";
        String note = edit.note() == null ? "" : edit.note();
        String both = (minor + (minor.isEmpty() || note.isEmpty() ? "" : ": ") + note).strip();
        return both.isEmpty() ? null : both;
    }

    @FunctionalInterface
    private interface Change {
        boolean apply(DeskArticle current);
    }

    /** The zone schedule times are typed in. */
    record ZoneInfo(String id) {
    }
}
