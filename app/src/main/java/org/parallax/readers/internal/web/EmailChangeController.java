package org.parallax.readers.internal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.parallax.readers.InvalidEmail;
import org.parallax.readers.Purpose;
import org.parallax.readers.Reader;
import org.parallax.readers.Readers;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Moving an account to another email: a CHANGE_EMAIL link goes to the new address (and a notice to
 * the old one); the account moves when the link is used. An address that already has an account
 * gets a message saying so, and the page answers exactly as for a free one.
 */
@Controller
class EmailChangeController {

    private final Readers readers;
    private final AccountMail mail;
    private final ReaderLimits limits;
    private final AccountController account;

    EmailChangeController(Readers readers, AccountMail mail, ReaderLimits limits, AccountController account) {
        this.readers = readers;
        this.mail = mail;
        this.limits = limits;
        this.account = account;
    }

    @PostMapping(AccountController.PATH + "/email")
    String change(@AuthenticationPrincipal Reader reader, @RequestParam(defaultValue = "") String email, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        Optional<Reader> owner;
        try {
            owner = readers.byEmail(email);
        } catch (InvalidEmail invalid) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return account.accountPage(model, reader, null, "That does not look like an email address: " + invalid.getMessage());
        }
        if (owner.filter(found -> found.id() == reader.id()).isPresent()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return account.accountPage(model, reader, null, "That is already your email.");
        }
        limits.emailChange(reader.id(), request);
        String newEmail = email.strip();
        if (owner.isPresent()) {
            mail.emailTaken(reader, owner.get().email());
        } else {
            mail.emailChange(reader, newEmail);
        }
        return "redirect:" + AccountController.PATH + "?done=email-sent";
    }

    @GetMapping(AccountMail.EMAIL_CONFIRM_PATH)
    String confirmPage(@RequestParam(defaultValue = "") String token, Model model) {
        model.addAttribute("token", token);
        return "readers/email-confirm";
    }

    @PostMapping(AccountMail.EMAIL_CONFIRM_PATH)
    String confirm(@RequestParam(defaultValue = "") String token, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        limits.linkRedeemed(request);
        Optional<Reader> moved = readers.redeem(token, Purpose.CHANGE_EMAIL);
        if (moved.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("title", "This link does not work");
            model.addAttribute("message", "It has expired or was already used. Links work once, for 15 minutes:"
                    + " ask for the change again on your account page.");
            return "readers/notice";
        }
        model.addAttribute("title", "Your email is changed");
        model.addAttribute("message", "Your account now uses " + moved.get().email() + ".");
        return "readers/notice";
    }
}
