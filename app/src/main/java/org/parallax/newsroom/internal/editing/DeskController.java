package org.parallax.newsroom.internal.editing;

import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.parallax.readers.Reader;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The editors' article desk: the list, the editor with its preview, and one form whose buttons
 * save, preview, schedule, publish or unpublish. A refused form comes back filled in as typed.
 */
@Controller
@RequestMapping("/newsroom/articles")
class DeskController {

    private final Desk desk;
    private final FormCheck check;

    DeskController(Desk desk, FormCheck check) {
        this.desk = desk;
        this.check = check;
    }

    @GetMapping
    String list(@RequestParam(required = false) String state, Model model) {
        DeskState chosen = DeskState.fromCode(state).orElse(null);
        List<ArticleRow> rows = desk.list(chosen).stream()
                .map(article -> new ArticleRow(article.articleId(), article.copy().title(), Newsroom.label(article.copy().kind()),
                        article.state().code(), when(article), article.savedBy()))
                .toList();
        model.addAttribute("rows", rows);
        model.addAttribute("state", chosen == null ? "" : chosen.code());
        return "newsroom/articles";
    }

    @GetMapping("/new")
    String blank(Model model) {
        return editor(model, page(null, ArticleForm.blank(), List.of(), null, null));
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable String id, @RequestParam(required = false) String done, Model model) {
        DeskArticle article = found(id);
        return editor(model, page(article, ArticleForm.of(article, desk.scheduleInput(article.publishAt())), List.of(), done, null));
    }

    @PostMapping
    String create(@ModelAttribute ArticleForm form, @RequestParam(defaultValue = "save") String action,
            @AuthenticationPrincipal Reader editor, Model model, HttpServletResponse response) {
        if (action.equals("preview")) {
            return preview(null, form, model);
        }
        try {
            DeskArticle created = desk.create(form, editor.email());
            if (action.equals("save")) {
                return back(created.articleId(), "Saved as a draft.");
            }
            return act(created.articleId(), form.atVersion(created.version()), action, editor, model, response);
        } catch (Refused refused) {
            return refused(null, form, refused, model, response);
        }
    }

    @PostMapping("/{id}")
    String change(@PathVariable String id, @ModelAttribute ArticleForm form, @RequestParam(defaultValue = "save") String action,
            @AuthenticationPrincipal Reader editor, Model model, HttpServletResponse response) {
        found(id);
        if (action.equals("preview")) {
            return preview(found(id), form, model);
        }
        return act(id, form, action, editor, model, response);
    }

    private String act(String id, ArticleForm form, String action, Reader editor, Model model, HttpServletResponse response) {
        try {
            String done = switch (action) {
                case "save" -> {
                    desk.save(id, form, editor.email());
                    yield "Saved.";
                }
                case "schedule" -> {
                    DeskArticle scheduled = desk.schedule(id, form, editor.email());
                    yield "Scheduled for " + desk.shown(scheduled.publishAt()) + " " + desk.zone().id() + ".";
                }
                case "publish" -> {
                    boolean again = found(id).state() == DeskState.PUBLISHED;
                    desk.publish(id, form, editor.email());
                    yield again ? "The changes are published." : "Published.";
                }
                case "unpublish" -> {
                    desk.unpublish(id, form.version(), editor.email());
                    yield "Unpublished: it is off the site, feeds and search. The text stays here.";
                }
                default -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Unknown action");
            };
            return back(id, done);
        } catch (Refused refused) {
            return refused(found(id), form, refused, model, response);
        } catch (StaleVersion stale) {
            response.setStatus(HttpStatus.CONFLICT.value());
            DeskArticle stored = stale.stored();
            model.addAttribute("conflict", new ConflictPage(
                    page(stored, form.atVersion(stored.version()), List.of(), null, null),
                    ArticleForm.of(stored, desk.scheduleInput(stored.publishAt())), stored.savedBy(), desk.shown(stored.savedAt())));
            return "newsroom/conflict";
        }
    }

    private String preview(DeskArticle article, ArticleForm form, Model model) {
        Manuscript manuscript = check.preview(form);
        return editor(model, page(article, form, manuscript.problems(), null, PreviewHtml.of(manuscript.blocks())));
    }

    private String refused(DeskArticle article, ArticleForm form, Refused refused, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return editor(model, page(article, form, refused.problems(), null, null));
    }

    private EditorPage page(DeskArticle article, ArticleForm form, List<String> problems, String done, String previewHtml) {
        String action = article == null ? "/newsroom/articles" : "/newsroom/articles/" + article.articleId();
        return new EditorPage(action, form, article, article == null ? null : desk.address(article.articleId()),
                article == null ? "" : desk.shown(article.publishAt()), desk.zone().id(), problems, done, previewHtml);
    }

    private static String editor(Model model, EditorPage page) {
        model.addAttribute("page", page);
        return "newsroom/editor";
    }

    private DeskArticle found(String id) {
        return desk.article(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such article"));
    }

    private String when(DeskArticle article) {
        return switch (article.state()) {
            case SCHEDULED -> "for " + desk.shown(article.publishAt());
            case PUBLISHED -> "since " + desk.shown(article.publishedAt());
            default -> "saved " + desk.shown(article.savedAt());
        };
    }

    private static String back(String id, String done) {
        return "redirect:/newsroom/articles/" + id + "/edit?done=" + URLEncoder.encode(done, StandardCharsets.UTF_8);
    }
}
