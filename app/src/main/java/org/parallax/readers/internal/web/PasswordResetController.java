package org.parallax.readers.internal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.parallax.readers.InvalidEmail;
import org.parallax.readers.InvalidReader;
import org.parallax.readers.Reader;
import org.parallax.readers.Readers;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Forgot your password?": an emailed RESET_PASSWORD link (to readers and staff alike) opens a form
 * for the new password; setting it signs out every other device and signs this one in afresh.
 * Known and unknown emails get the same answer.
 */
@Controller
class PasswordResetController {

    private final Readers readers;
    private final AccountMail mail;
    private final ReaderLimits limits;
    private final SessionSignIn signIn;
    private final SignedInDevices devices;

    PasswordResetController(Readers readers, AccountMail mail, ReaderLimits limits, SessionSignIn signIn,
            SignedInDevices devices) {
        this.readers = readers;
        this.mail = mail;
        this.limits = limits;
        this.signIn = signIn;
        this.devices = devices;
    }

    @GetMapping("/password/forgot")
    String forgotForm(Model model) {
        model.addAttribute("email", "");
        model.addAttribute("problem", null);
        return "readers/password-forgot";
    }

    @PostMapping("/password/forgot")
    String forgot(@RequestParam(defaultValue = "") String email, Model model, HttpServletResponse response) {
        Optional<Reader> known;
        try {
            known = readers.byEmail(email);
        } catch (InvalidEmail invalid) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("email", email.strip());
            model.addAttribute("problem", "That does not look like an email address: " + invalid.getMessage());
            return "readers/password-forgot";
        }
        limits.linkRequest(email.strip());
        known.ifPresent(mail::passwordReset);
        model.addAttribute("email", email.strip());
        return "readers/password-sent";
    }

    @GetMapping(AccountMail.RESET_PATH)
    String resetForm(@RequestParam(defaultValue = "") String token, Model model) {
        return resetPage(model, token, null);
    }

    @PostMapping(AccountMail.RESET_PATH)
    String reset(@RequestParam(defaultValue = "") String token, @RequestParam(defaultValue = "") String password,
            Model model, HttpServletRequest request, HttpServletResponse response) {
        limits.linkRedeemed(request);
        Optional<Reader> reader;
        try {
            reader = readers.resetPassword(token, password);
        } catch (InvalidReader refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return resetPage(model, token, "Choose another password: " + refused.getMessage() + ".");
        }
        if (reader.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("email", "");
            model.addAttribute("problem",
                    "This link has expired or was already used. Links work once, for 15 minutes: ask for a new one below.");
            return "readers/password-forgot";
        }
        HttpSession current = request.getSession(false);
        // Whoever knew the old password is signed out everywhere; this browser gets a new session.
        devices.endAllBut(reader.get().id(), current == null ? null : current.getId());
        signIn.signIn(reader.get(), false, request, response);
        return "redirect:/account?done=password";
    }

    private static String resetPage(Model model, String token, String problem) {
        model.addAttribute("token", token);
        model.addAttribute("problem", problem);
        return "readers/password-reset";
    }
}
