package org.parallax.newsroom.internal.editing;

import java.util.List;

/** The editor's form cannot be saved as it is; each problem is a sentence saying what to fix. */
class Refused extends RuntimeException {

    private final List<String> problems;

    Refused(List<String> problems) {
        super(String.join(" ", problems));
        this.problems = List.copyOf(problems);
    }

    Refused(String problem) {
        this(List.of(problem));
    }

    List<String> problems() {
        return problems;
    }
}
