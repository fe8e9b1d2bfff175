package org.parallax.api.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Set;
import org.parallax.library.Library;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class OutletApiController {

    private final Library library;

    OutletApiController(Library library) {
        this.library = library;
    }

    @GetMapping("/api/outlets")
    List<OutletJson> outlets(HttpServletRequest request) {
        QueryParameters.allowOnly(request, Set.of());
        return library.outlets().stream().map(OutletJson::of).toList();
    }
}
