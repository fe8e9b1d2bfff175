package org.parallax.api.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import org.parallax.stories.NamedEntity;
import org.parallax.stories.Stories;
import org.parallax.stories.StoryFilter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Stories and entities. Nothing here carries an article's text: a story lists headlines and deks,
 * and its summary, quotes and framing come only from text anyone may read.
 */
@RestController
class StoryApiController {

    private static final Set<String> LIST_PARAMETERS = Set.of("from", "to", "entity", "page", "size");
    private static final int QUOTES_PER_ENTITY = 50;

    private final Stories stories;

    StoryApiController(Stories stories) {
        this.stories = stories;
    }

    @GetMapping("/api/stories")
    StoryJson.StoryPage stories(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String entity, @RequestParam(defaultValue = "1") String page,
            @RequestParam(defaultValue = "20") String size, HttpServletRequest request) {
        QueryParameters.allowOnly(request, LIST_PARAMETERS);
        int pageNumber = QueryParameters.number("page", page);
        int pageSize = QueryParameters.number("size", size);
        if (pageNumber < 1 || pageSize < 1 || pageSize > StoryFilter.LARGEST_PAGE) {
            throw new BadApiRequest("Parameter page counts from 1 and size must be 1 to " + StoryFilter.LARGEST_PAGE + ".");
        }
        Instant start = startOf(QueryParameters.date("from", from));
        Instant end = startOf(QueryParameters.date("to", to));
        if (start != null && end != null && start.isAfter(end)) {
            throw new BadApiRequest("Parameter from must not be after to.");
        }
        Long entityId = entity == null || entity.isBlank() ? null : (long) QueryParameters.number("entity", entity);
        StoryFilter filter = new StoryFilter(start, end == null ? null : end.plusSeconds(86_399), entityId, pageNumber, pageSize);
        return new StoryJson.StoryPage(pageNumber, pageSize,
                stories.stories(filter).stream().map(StoryJson.StorySummary::of).toList());
    }

    @GetMapping("/api/stories/{id}")
    StoryJson.StoryDetail story(@PathVariable String id, HttpServletRequest request) {
        QueryParameters.allowOnly(request, Set.of());
        return stories.coverage(identifier(id, StoryMissing.story(id))).map(StoryJson.StoryDetail::of)
                .orElseThrow(() -> StoryMissing.story(id));
    }

    @GetMapping("/api/entities/{id}")
    StoryJson.EntityDetail entity(@PathVariable String id, HttpServletRequest request) {
        QueryParameters.allowOnly(request, Set.of());
        NamedEntity entity = stories.entity(identifier(id, StoryMissing.entity(id))).orElseThrow(() -> StoryMissing.entity(id));
        return new StoryJson.EntityDetail(StoryJson.EntityRef.of(entity),
                stories.stories(new StoryFilter(null, null, entity.id(), 1, 20)).stream().map(StoryJson.StorySummary::of).toList(),
                stories.quotesBy(entity.id(), QUOTES_PER_ENTITY).stream().map(StoryJson.QuoteJson::of).toList());
    }

    private static long identifier(String id, StoryMissing missing) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw missing;
        }
    }

    private static Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
