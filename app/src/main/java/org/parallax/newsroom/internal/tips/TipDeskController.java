package org.parallax.newsroom.internal.tips;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.parallax.library.Article;
import org.parallax.library.Library;
import org.parallax.newsroom.AuditLog;
import org.parallax.newsroom.ReaderTip;
import org.parallax.newsroom.ReaderTips;
import org.parallax.readers.Reader;
import org.parallax.readers.Readers;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

/** Readers' tips for editors (the /newsroom rule lets editors and admins in): newest first, to mark as used. */
@Controller
class TipDeskController {

    static final int SHOWN = 200;

    private final ReaderTips tips;
    private final Readers readers;
    private final Library library;
    private final AuditLog audit;

    TipDeskController(ReaderTips tips, Readers readers, Library library, AuditLog audit) {
        this.tips = tips;
        this.readers = readers;
        this.library = library;
        this.audit = audit;
    }

    @GetMapping("/newsroom/tips")
    String desk(Model model) {
        List<ReaderTip> newest = tips.newest(SHOWN);
        Map<Long, String> emails = readers.readers(newest.stream().map(ReaderTip::readerId).distinct().toList()).stream()
                .collect(Collectors.toMap(Reader::id, Reader::email));
        Map<String, String> titles = newest.stream().map(ReaderTip::articleId).distinct()
                .flatMap(id -> library.article(id).stream())
                .collect(Collectors.toMap(Article::id, Article::title, (first, second) -> first));
        model.addAttribute("tips", newest.stream()
                .map(tip -> new TipRow(tip, titles.getOrDefault(tip.articleId(), tip.articleId()), emails.get(tip.readerId())))
                .toList());
        return "newsroom/tips";
    }

    @PostMapping("/newsroom/tips/{id}/used")
    String markUsed(@PathVariable long id, @AuthenticationPrincipal Reader editor) {
        ReaderTip tip = tips.tip(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no such tip."));
        if (!tip.used()) {
            tips.markUsed(id, editor.id());
            audit.record(editor.email(), "use tip", tip.articleId(), "tip " + id);
        }
        return "redirect:/newsroom/tips#tip-" + id;
    }
}
