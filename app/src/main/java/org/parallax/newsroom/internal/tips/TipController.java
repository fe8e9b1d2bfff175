package org.parallax.newsroom.internal.tips;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.parallax.library.Article;
import org.parallax.library.Library;
import org.parallax.newsroom.InvalidTip;
import org.parallax.newsroom.ReaderTips;
import org.parallax.readers.Reader;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The tip form under each of the publication's own articles. Only signed-in readers may send one
 * (anonymous visitors see a sign-in prompt instead), so a flood has an account to count against.
 */
@Controller
class TipController {

    private final ReaderTips tips;
    private final TipLimits limits;
    private final Library library;

    TipController(ReaderTips tips, TipLimits limits, Library library) {
        this.tips = tips;
        this.limits = limits;
        this.library = library;
    }

    @PostMapping("/articles/{id}/tips")
    String send(@PathVariable String id, @RequestParam(defaultValue = "") String tip,
            @AuthenticationPrincipal Reader reader, HttpServletRequest request, HttpServletResponse response, Model model) {
        Article article = library.article(id).filter(Article::own)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no article of ours at this address."));
        model.addAttribute("articleId", article.id());
        model.addAttribute("title", article.title());
        if (reader == null) {
            response.setStatus(HttpStatus.UNAUTHORIZED.value());
            model.addAttribute("refusal", "Sign in to send a tip.");
            model.addAttribute("tip", tip);
            return "newsroom/tip-sent";
        }
        limits.tip(reader.id(), request.getRemoteAddr());
        try {
            tips.send(article.id(), reader.id(), tip);
        } catch (InvalidTip refused) {
            // The reader's text comes back in the form, so a refused tip is not lost.
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("refusal", refused.getMessage());
            model.addAttribute("tip", tip);
        }
        return "newsroom/tip-sent";
    }
}
