package org.parallax.stories.internal.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The word lists behind the rules (roles, honorifics, given names...), read from the classpath. */
record Lexicon(Set<String> roles, Set<String> honorifics, Set<String> organizationSuffixes,
        Set<String> connectors, Set<String> notNames, Set<String> firstNames) {

    static Lexicon load() {
        Map<String, Set<String>> sections = new HashMap<>();
        String section = "";
        for (String line : lines("words.txt")) {
            if (line.startsWith("[")) {
                section = line.substring(1, line.length() - 1);
                continue;
            }
            sections.computeIfAbsent(section, s -> new HashSet<>()).addAll(List.of(line.split("\\s+")));
        }
        Set<String> firstNames = new HashSet<>();
        for (String line : lines("first-names.txt")) {
            firstNames.addAll(List.of(line.split("\\s+")));
        }
        return new Lexicon(sections.get("roles"), sections.get("honorifics"), sections.get("org-suffixes"),
                sections.get("connectors"), sections.get("not-names"), firstNames);
    }

    /** The non-blank, non-comment lines of a list next to this class. */
    static List<String> lines(String name) {
        List<String> lines = new ArrayList<>();
        try (InputStream in = Lexicon.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing word list " + name);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                String trimmed = line.strip();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                    lines.add(trimmed);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }
}
