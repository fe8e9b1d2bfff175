package org.parallax.reviews.internal.compose;

import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parallax.access.Visitor;
import org.parallax.reviews.Review;
import org.parallax.reviews.internal.EditorsHand.NoteKind;
import org.parallax.reviews.internal.EditorsHand;
import org.parallax.reviews.internal.ReviewCalendar;
import org.parallax.reviews.internal.compose.ReviewPreview.PreviewStory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;

/**
 * The editors' preview of the next edition of each review (the newsroom is for editors and
 * admins): the email as it will go, and the forms to pin, drop or release a story and to write
 * the edition's note. Every form posts and redirects back, so it works without JavaScript.
 */
@Controller
@RequestMapping("/newsroom/reviews")
class ReviewDeskController {

    /**
     * The email is framed by the preview page, so its inline styles must apply there, which the
     * site's policy forbids: this frame alone may use them, and may run nothing.
     */
    static final String EMAIL_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src https: data:; "
            + "frame-ancestors 'self'; sandbox";
    private static final DateTimeFormatter SEND_TIME = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu, HH:mm z", Locale.ENGLISH);
    private static final DateTimeFormatter LAST_ACTIVE = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ENGLISH);

    private final EditionSelection selection;
    private final EditionRenderer renderer;
    private final EditorsHand hand;
    private final ReviewCalendar calendar;
    private final Clock clock;

    ReviewDeskController(EditionSelection selection, EditionRenderer renderer, EditorsHand hand, ReviewCalendar calendar,
            Clock clock) {
        this.selection = selection;
        this.renderer = renderer;
        this.hand = hand;
        this.calendar = calendar;
        this.clock = clock;
    }

    @GetMapping
    String reviews(Model model) {
        model.addAttribute("editions", List.of(Review.values()).stream()
                .map(review -> new NextEdition(review, next(review), sendTime(review, next(review))))
                .toList());
        return "reviews/newsroom";
    }

    @GetMapping("/{review}")
    String preview(@PathVariable String review, @RequestParam(required = false) String date,
            @RequestParam(required = false) String done, Model model) {
        Review chosen = review(review);
        LocalDate day = date == null || date.isBlank() ? next(chosen) : date(date);
        model.addAttribute("preview", preview(chosen, day));
        model.addAttribute("done", done);
        return "reviews/newsroom-preview";
    }

    /** The email itself, for the preview's frame; its links to unsubscribe and preferences go nowhere. */
    @GetMapping(path = "/{review}/email", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    String email(@PathVariable String review, @RequestParam(required = false) String date, HttpServletResponse response) {
        Review chosen = review(review);
        LocalDate day = date == null || date.isBlank() ? next(chosen) : date(date);
        // Browsers ignore X-Frame-Options (DENY, as on every page) where a policy names frame-ancestors.
        response.setHeader("Content-Security-Policy", EMAIL_POLICY);
        return renderer.render(selection.select(chosen, day)).addressed("#unsubscribe", "#preferences").html();
    }

    @PostMapping("/{review}/{date}/stories/{storyId}/{action}")
    String choose(@PathVariable String review, @PathVariable String date, @PathVariable long storyId,
            @PathVariable String action, Visitor editor) {
        Review chosen = review(review);
        LocalDate day = date(date);
        String done = switch (action) {
            case "pin" -> {
                hand.pin(chosen, day, storyId, editor.readerId());
                yield "Pinned story " + storyId + ".";
            }
            case "drop" -> {
                hand.drop(chosen, day, storyId, editor.readerId());
                yield "Dropped story " + storyId + ".";
            }
            case "release" -> {
                hand.release(chosen, day, storyId);
                yield "Story " + storyId + " is left to the ranking again.";
            }
            default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        };
        return back(chosen, day, done);
    }

    @PostMapping("/{review}/{date}/note")
    String note(@PathVariable String review, @PathVariable String date, @RequestParam(required = false) String note,
            Visitor editor) {
        Review chosen = review(review);
        LocalDate day = date(date);
        NoteKind kind = noteKind(chosen);
        if (kind == null) {
            throw new IllegalArgumentException(chosen.title() + " carries no editor's note.");
        }
        String body = note == null ? "" : note;
        if (body.length() > 4000) {
            throw new IllegalArgumentException("Keep the note under 4,000 characters.");
        }
        hand.write(chosen, day, kind, body, editor.readerId());
        return back(chosen, day, body.isBlank() ? "The note is removed." : "The note is saved.");
    }

    @ExceptionHandler(IllegalArgumentException.class)
    String refused(IllegalArgumentException refused, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("message", refused.getMessage());
        return "reviews/newsroom-refused";
    }

    private ReviewPreview preview(Review review, LocalDate date) {
        ComposedEdition edition = selection.select(review, date);
        // The edition names a story by its most central open headline; the list should name it the same way.
        Map<Long, String> inEdition = new HashMap<>();
        edition.stories().forEach(item -> inEdition.put(item.storyId(), item.headline()));
        List<PreviewStory> stories = selection.candidates(review, date).stream()
                .map(candidate -> new PreviewStory(candidate.story().id(),
                        inEdition.getOrDefault(candidate.story().id(), candidate.story().headline()),
                        candidate.story().outlets(), candidate.story().articles(),
                        candidate.story().lastPublished().atZone(calendar.timeZone()).format(LAST_ACTIVE),
                        candidate.pinned() ? "pinned" : candidate.dropped() ? "dropped" : "",
                        inEdition.containsKey(candidate.story().id())))
                .toList();
        NoteKind kind = noteKind(review);
        return new ReviewPreview(review, date, calendar.publishes(review, date), sendTime(review, date),
                renderer.render(edition), stories, kind == null ? null : title(kind),
                kind == null ? null : hand.note(review, date, kind).orElse(""));
    }

    private LocalDate next(Review review) {
        ZonedDateTime now = clock.instant().atZone(calendar.timeZone());
        LocalDate today = now.toLocalDate();
        // Today's edition counts as next until its send time has passed.
        boolean sentToday = calendar.publishes(review, today) && !now.isBefore(calendar.sendTime(review, today));
        return calendar.nextEdition(review, sentToday ? today.plusDays(1) : today);
    }

    private String sendTime(Review review, LocalDate date) {
        return calendar.sendTime(review, date).format(SEND_TIME);
    }

    private static NoteKind noteKind(Review review) {
        return switch (review) {
            case DAILY -> NoteKind.OUR_TAKE;
            case WEEKLY -> NoteKind.WHATS_TO_COME;
            case NEWSLETTER -> null;
        };
    }

    private static String title(NoteKind kind) {
        return kind == NoteKind.OUR_TAKE ? "Our take" : "What's to come";
    }

    private static Review review(String slug) {
        try {
            return Review.ofSlug(slug);
        } catch (IllegalArgumentException unknown) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, unknown.getMessage());
        }
    }

    private static LocalDate date(String date) {
        try {
            return LocalDate.parse(date.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("The date must be a day such as 2026-03-16.");
        }
    }

    private static String back(Review review, LocalDate date, String done) {
        return "redirect:/newsroom/reviews/" + review.slug() + "?date=" + date + "&done="
                + URLEncoder.encode(done, StandardCharsets.UTF_8);
    }
}
