package org.parallax.newsroom.internal.editing;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * Where an editor's post lands when their session ended mid-edit (the security configuration
 * forwards it here instead of redirecting to sign in): the text comes back in the same form, ready
 * to send again once they have signed in in another tab. Nothing is saved until then.
 */
@Controller
class KeptTextController {

    static final String PATH = "/session-ended/newsroom";

    private final Desk desk;

    KeptTextController(Desk desk) {
        this.desk = desk;
    }

    @PostMapping(PATH)
    String kept(@ModelAttribute ArticleForm form, HttpServletRequest request, HttpServletResponse response, Model model) {
        Object original = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        if (!(original instanceof String path) || !path.startsWith("/newsroom/articles")) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        response.setStatus(HttpStatus.UNAUTHORIZED.value());
        String action = path.matches("/newsroom/articles(/[A-Za-z0-9._~-]+)?") ? path : "/newsroom/articles";
        model.addAttribute("page", new EditorPage(action, form, null, null, "", desk.zone().id(), List.of(), null, null));
        return "newsroom/kept";
    }
}
