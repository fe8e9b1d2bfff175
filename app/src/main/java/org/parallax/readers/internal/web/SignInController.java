package org.parallax.readers.internal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.parallax.readers.InvalidEmail;
import org.parallax.readers.Purpose;
import org.parallax.readers.Reader;
import org.parallax.readers.Readers;
import org.parallax.readers.Role;
import org.parallax.readers.SignInLinks;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Signing in: readers ask for a one-time link by email (the default), anyone with a password may
 * use it, and staff must. A link opens a page with a button rather than signing in on the GET, so
 * mail scanners that follow links cannot use it up.
 */
@Controller
class SignInController {

    static final String PATH = "/sign-in";

    private final Readers readers;
    private final SignInLinks links;
    private final SessionSignIn signIn;
    private final ReaderLimits limits;

    SignInController(Readers readers, SignInLinks links, SessionSignIn signIn, ReaderLimits limits) {
        this.readers = readers;
        this.links = links;
        this.signIn = signIn;
        this.limits = limits;
    }

    @GetMapping(PATH)
    String form(@RequestParam(name = "continue", required = false) String continuePath, Model model) {
        return signInPage(model, "", continuePath, null);
    }

    @PostMapping(PATH + "/link")
    String sendLink(@RequestParam(defaultValue = "") String email,
            @RequestParam(name = "continue", required = false) String continuePath, Model model,
            HttpServletResponse response) {
        try {
            links.send(email, continuePath);
        } catch (InvalidEmail invalid) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return signInPage(model, email, continuePath, "That does not look like an email address: " + invalid.getMessage());
        }
        model.addAttribute("email", email.strip());
        return "readers/sign-in-sent";
    }

    @GetMapping(PATH + "/confirm")
    String confirmPage(@RequestParam(defaultValue = "") String token,
            @RequestParam(name = "continue", required = false) String continuePath, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("continuePath", LocalPaths.safe(continuePath));
        return "readers/sign-in-confirm";
    }

    @PostMapping(PATH + "/confirm")
    String confirm(@RequestParam(defaultValue = "") String token, @RequestParam(defaultValue = "false") boolean remember,
            @RequestParam(name = "continue", required = false) String continuePath, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        limits.linkRedeemed(request);
        Optional<Reader> reader = readers.redeem(token, Purpose.SIGN_IN).filter(found -> !found.role().includes(Role.EDITOR));
        if (reader.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return signInPage(model, "", continuePath,
                    "This link has expired or was already used. Links work once, for 15 minutes: ask for a new one below.");
        }
        signIn.signIn(reader.get(), remember, request, response);
        return "redirect:" + LocalPaths.safe(continuePath);
    }

    @PostMapping(PATH + "/password")
    String password(@RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String password,
            @RequestParam(defaultValue = "false") boolean remember,
            @RequestParam(name = "continue", required = false) String continuePath, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        limits.signIn(email.strip(), request);
        Optional<Reader> reader = readers.checkPassword(email, password);
        if (reader.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            return signInPage(model, email, continuePath, "The email or the password is not right.");
        }
        signIn.signIn(reader.get(), remember, request, response);
        return "redirect:" + LocalPaths.safe(continuePath);
    }

    private static String signInPage(Model model, String email, String continuePath, String problem) {
        model.addAttribute("email", email.strip());
        model.addAttribute("continuePath", LocalPaths.safe(continuePath));
        model.addAttribute("problem", problem);
        return "readers/sign-in";
    }
}
