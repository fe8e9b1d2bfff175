package org.parallax.readers.internal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parallax.readers.AccountSection;
import org.parallax.readers.InvalidReader;
import org.parallax.readers.Reader;
import org.parallax.readers.Readers;
import org.parallax.readers.SignInLinks;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The account page: the email and whether it is confirmed, the role, the newsletter, the password,
 * and the sections other modules add ({@link AccountSection}). Changes redirect back to the page
 * with a notice named in the query, so reloading repeats nothing.
 */
@Controller
class AccountController {

    static final String PATH = "/account";

    private static final Map<String, String> NOTICES = Map.of(
            "password", "Your password is set. Every other device where you were signed in is signed out.",
            "newsletter-on", "You are signed up for the free weekly newsletter.",
            "newsletter-off", "You will not get the newsletter any more.",
            "confirm-sent", "We sent you a new link to confirm your email; it works once, for 15 minutes.",
            "email-sent", "We sent a message to the new address. Your account moves to it once you open the link"
                    + " in it (within 15 minutes); until then nothing changes.");

    private final Readers readers;
    private final SignInLinks links;
    private final ReaderLimits limits;
    private final SessionSignIn signIn;
    private final SignedInDevices devices;
    private final ObjectProvider<AccountSection> sections;

    AccountController(Readers readers, SignInLinks links, ReaderLimits limits, SessionSignIn signIn,
            SignedInDevices devices, ObjectProvider<AccountSection> sections) {
        this.readers = readers;
        this.links = links;
        this.limits = limits;
        this.signIn = signIn;
        this.devices = devices;
        this.sections = sections;
    }

    @GetMapping(PATH)
    String page(@AuthenticationPrincipal Reader reader, @RequestParam(required = false) String done, Model model) {
        return accountPage(model, reader, done == null ? null : NOTICES.get(done), null);
    }

    @PostMapping(PATH + "/newsletter")
    String newsletter(@AuthenticationPrincipal Reader reader, @RequestParam(defaultValue = "false") boolean newsletter,
            Model model, HttpServletResponse response) {
        try {
            readers.setNewsletter(reader.id(), newsletter);
        } catch (InvalidReader refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return accountPage(model, reader, null, "First confirm your email: " + refused.getMessage() + ".");
        }
        return "redirect:" + PATH + "?done=newsletter-" + (newsletter ? "on" : "off");
    }

    @PostMapping(PATH + "/confirm")
    String resendConfirmation(@AuthenticationPrincipal Reader reader) {
        if (!reader.confirmed()) {
            links.send(reader.email(), PATH);
        }
        return "redirect:" + PATH + "?done=confirm-sent";
    }

    @PostMapping(PATH + "/password")
    String password(@AuthenticationPrincipal Reader reader, @RequestParam(defaultValue = "") String current,
            @RequestParam(defaultValue = "") String password, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        if (reader.hasPassword()) {
            // Someone at an unattended, signed-in browser must not lock the owner out.
            limits.signIn(reader.email(), request);
            if (readers.checkPassword(reader.email(), current).isEmpty()) {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                return accountPage(model, reader, null, "Your current password is not right; nothing changed.");
            }
        }
        try {
            readers.setPassword(reader.id(), password);
        } catch (InvalidReader refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return accountPage(model, reader, null, "Choose another password: " + refused.getMessage() + ".");
        }
        HttpSession session = request.getSession(false);
        devices.endAllBut(reader.id(), session == null ? null : session.getId());
        signIn.renew(readers.reader(reader.id()).orElseThrow(), request, response);
        return "redirect:" + PATH + "?done=password";
    }

    String accountPage(Model model, Reader reader, String notice, String problem) {
        Map<String, List<AccountSection.Line>> extra = new LinkedHashMap<>();
        sections.orderedStream().forEach(section -> {
            List<AccountSection.Line> lines = section.lines(reader);
            if (!lines.isEmpty()) {
                extra.put(section.title(), lines);
            }
        });
        model.addAttribute("reader", reader);
        model.addAttribute("newsletter", readers.newsletter(reader.id()));
        model.addAttribute("sections", extra);
        model.addAttribute("notice", notice);
        model.addAttribute("problem", problem);
        return "readers/account";
    }
}
