package org.parallax.access.internal.billing;

import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.parallax.access.Visitor;
import org.parallax.readers.InvalidEmail;
import org.parallax.readers.Reader;
import org.parallax.readers.Readers;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The admin page of subscriptions: every paid and complimentary one with its state, and the forms
 * to grant complimentary All-Access to an account until a date, or to revoke it.
 */
@Controller
@RequestMapping("/admin/subscriptions")
class SubscriptionAdminController {

    private final SubscriptionLedger ledger;
    private final Readers readers;
    private final Clock clock;

    SubscriptionAdminController(SubscriptionLedger ledger, Readers readers, Clock clock) {
        this.ledger = ledger;
        this.readers = readers;
        this.clock = clock;
    }

    @GetMapping
    String page(Model model, @RequestParam(required = false) String done) {
        return page(model, done, null, "", "", "");
    }

    @PostMapping("/grant")
    String grant(Visitor admin, @RequestParam(required = false) String email, @RequestParam(required = false) String until,
            @RequestParam(required = false) String note, Model model, HttpServletResponse response) {
        String cleanNote = note == null ? "" : note.strip();
        try {
            Reader reader = account(email);
            Instant end = endOfDay(until);
            if (cleanNote.length() > 200) {
                throw new IllegalArgumentException("Keep the note under 200 characters.");
            }
            ledger.grantComplimentary(reader.id(), end, cleanNote.isEmpty() ? null : cleanNote, admin.readerId());
            return done("Granted All-Access to " + reader.email() + " until the end of " + until.strip() + " (UTC).");
        } catch (IllegalArgumentException refused) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(model, null, refused.getMessage(), email == null ? "" : email, until == null ? "" : until, cleanNote);
        }
    }

    @PostMapping("/{id}/revoke")
    String revoke(@PathVariable long id, Model model, HttpServletResponse response) {
        Optional<SubscriptionEntry> entry = ledger.entry(id);
        if (entry.isEmpty() || !entry.get().complimentary() || !ledger.revokeComplimentary(id)) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(model, null, "Only complimentary subscriptions can be revoked here; paid ones are canceled in Stripe.",
                    "", "", "");
        }
        return done("Revoked the complimentary subscription of " + entry.get().readerEmail() + ".");
    }

    private Reader account(String email) {
        try {
            return readers.byEmail(email == null ? "" : email)
                    .orElseThrow(() -> new IllegalArgumentException("There is no account for " + email.strip()
                            + "; the reader signs up first (with the email form or the sign-in page)."));
        } catch (InvalidEmail invalid) {
            throw new IllegalArgumentException(invalid.getMessage());
        }
    }

    /** The end of the given day in UTC; the day must not be past. */
    private Instant endOfDay(String until) {
        LocalDate day;
        try {
            day = LocalDate.parse(until == null ? "" : until.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("The end date must be a date such as 2026-12-31.");
        }
        Instant end = day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        if (!end.isAfter(clock.instant())) {
            throw new IllegalArgumentException("The end date is already past.");
        }
        return end;
    }

    private static String done(String message) {
        return "redirect:/admin/subscriptions?done=" + URLEncoder.encode(message, StandardCharsets.UTF_8);
    }

    private String page(Model model, String done, String error, String email, String until, String note) {
        model.addAttribute("subscriptions", ledger.all());
        model.addAttribute("now", clock.instant());
        model.addAttribute("done", done);
        model.addAttribute("error", error);
        model.addAttribute("email", email);
        model.addAttribute("until", until);
        model.addAttribute("note", note);
        return "access/subscriptions";
    }
}
