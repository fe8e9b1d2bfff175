package org.parallax.stories;

import java.util.List;

/** The words and phrases an outlet tells a story with, most distinctive first. */
public record OutletFraming(String outlet, List<FramingTerm> terms) {

    public OutletFraming {
        terms = List.copyOf(terms);
    }
}
