package org.parallax.access.internal;

import jakarta.servlet.http.HttpServletResponse;
import org.parallax.access.HouseAd;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The admin page of the house ad (admins only, by the /admin rule of the security setup). */
@Controller
@RequestMapping("/admin/house-ad")
class HouseAdAdminController {

    private final HouseAdBoard board;

    HouseAdAdminController(HouseAdBoard board) {
        this.board = board;
    }

    @GetMapping
    String page(@RequestParam(required = false) String saved, Model model) {
        HouseAd ad = board.current().orElse(new HouseAd("", ""));
        return form(model, ad.text(), ad.link(), saved != null ? "Saved." : null, null);
    }

    @PostMapping
    String save(@RequestParam(defaultValue = "") String text, @RequestParam(defaultValue = "") String link,
            HttpServletResponse response, Model model) {
        try {
            board.replace(text, link);
        } catch (HouseAdBoard.InvalidHouseAd invalid) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(model, text, link, null, "Not saved: " + invalid.getMessage() + ".");
        }
        return "redirect:/admin/house-ad?saved=1";
    }

    private static String form(Model model, String text, String link, String done, String problem) {
        model.addAttribute("text", text);
        model.addAttribute("link", link);
        model.addAttribute("done", done);
        model.addAttribute("problem", problem);
        model.addAttribute("mostText", HouseAdBoard.MOST_TEXT);
        return "access/house-ad";
    }
}
