package org.parallax.newsroom.internal.changes;

import jakarta.servlet.http.HttpServletResponse;
import java.time.ZoneId;
import org.parallax.library.Article;
import org.parallax.library.Library;
import org.parallax.newsroom.CorrectionKind;
import org.parallax.newsroom.Corrections;
import org.parallax.newsroom.InvalidChange;
import org.parallax.readers.Reader;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** Updates and corrections to a published article, from the newsroom (editors only, by the security rules). */
@Controller
class ChangesDeskController {

    private static final String VIEW = "newsroom/changes/desk";

    private final UpdateDesk updates;
    private final Corrections corrections;
    private final PublishedArticles articles;
    private final Library library;
    private final ZoneId zone;

    ChangesDeskController(UpdateDesk updates, Corrections corrections, PublishedArticles articles, Library library,
            @Value("${parallax.site.time-zone:UTC}") ZoneId zone) {
        this.updates = updates;
        this.corrections = corrections;
        this.articles = articles;
        this.library = library;
        this.zone = zone;
    }

    @GetMapping("/newsroom/articles/{id}/updates")
    String desk(@PathVariable String id, @RequestParam(required = false) String appended,
            @RequestParam(required = false) String corrected, Model model) {
        model.addAttribute("page", page(id).confirming(appended != null, corrected != null));
        return VIEW;
    }

    @PostMapping("/newsroom/articles/{id}/updates")
    String append(@PathVariable String id, @RequestParam(defaultValue = "") String text,
            @RequestParam(defaultValue = "END") UpdateDesk.Placement placement,
            @RequestParam(required = false) String credit, @RequestParam(required = false) String tipId,
            @AuthenticationPrincipal Reader editor, HttpServletResponse response, Model model) {
        try {
            updates.append(id, new UpdateDesk.NewUpdate(text, placement, credit, tipId), editor.email(), editor.id());
            return "redirect:/newsroom/articles/" + id + "/updates?appended";
        } catch (InvalidChange refused) {
            return refused(id, refused, text, "", response, model);
        }
    }

    @PostMapping("/newsroom/articles/{id}/corrections")
    String correct(@PathVariable String id, @RequestParam(defaultValue = "correction") String kind,
            @RequestParam(defaultValue = "") String text, @AuthenticationPrincipal Reader editor,
            HttpServletResponse response, Model model) {
        try {
            corrections.add(id, CorrectionKind.ofCode(kind), text, editor.email());
            return "redirect:/newsroom/articles/" + id + "/updates?corrected";
        } catch (InvalidChange refused) {
            return refused(id, refused, "", text, response, model);
        }
    }

    private String refused(String id, InvalidChange refused, String updateText, String correctionText,
            HttpServletResponse response, Model model) {
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        model.addAttribute("page", page(id).refused(refused.getMessage(), updateText, correctionText));
        return VIEW;
    }

    /** The desk shows any own article, so an editor also learns why an unpublished one takes no update. */
    private ChangesDeskPage page(String id) {
        Article article = library.article(id).filter(Article::own)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no article of ours with this id"));
        return ChangesDeskPage.of(article, corrections.of(id), zone);
    }
}
