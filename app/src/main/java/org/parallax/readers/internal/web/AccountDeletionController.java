package org.parallax.readers.internal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.LinkedHashMap;
import java.util.Map;
import org.parallax.readers.AccountData;
import org.parallax.readers.Reader;
import org.parallax.readers.Readers;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * A reader's data to take away (JSON, with what other modules add through {@link AccountData}),
 * and deleting the account: the email typed again to be sure, every session ended, a goodbye page.
 */
@Controller
class AccountDeletionController {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Readers readers;
    private final SignedInDevices devices;
    private final AccountController account;
    private final ObjectProvider<AccountData> data;

    AccountDeletionController(Readers readers, SignedInDevices devices, AccountController account,
            ObjectProvider<AccountData> data) {
        this.readers = readers;
        this.devices = devices;
        this.account = account;
        this.data = data;
    }

    @GetMapping(AccountController.PATH + "/export")
    ResponseEntity<byte[]> export(@AuthenticationPrincipal Reader reader) {
        Map<String, Object> export = new LinkedHashMap<>();
        export.put("email", reader.email());
        export.put("role", reader.role().name());
        export.put("created", reader.createdAt().toString());
        export.put("confirmed", reader.confirmed() ? reader.confirmedAt().toString() : null);
        export.put("newsletter", readers.newsletter(reader.id()));
        export.put("password", reader.hasPassword() ? "set (only a BCrypt hash is kept)" : "none");
        data.orderedStream().forEach(more -> export.put(more.name(), more.export(reader)));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("parallax-account.json").build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(export));
    }

    @PostMapping(AccountController.PATH + "/delete")
    String delete(@AuthenticationPrincipal Reader reader, @RequestParam(defaultValue = "") String email, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        if (!email.strip().equalsIgnoreCase(reader.email())) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return account.accountPage(model, reader, null,
                    "To delete the account, type its email exactly as shown; nothing was deleted.");
        }
        HttpSession session = request.getSession(false);
        devices.endAllBut(reader.id(), session == null ? null : session.getId());
        readers.delete(reader.id());
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
        model.addAttribute("title", "Your account is deleted");
        model.addAttribute("message", "Your email, password and choices are erased and you are signed out"
                + " everywhere. Thank you for reading Parallax; you are welcome back at any time.");
        return "readers/notice";
    }
}
