package org.parallax.newsroom;

import java.util.Arrays;

/** What a note on a published article is: a correction fixes an error, a clarification adds what was unclear. */
public enum CorrectionKind {
    CORRECTION("correction", "Correction"),
    CLARIFICATION("clarification", "Clarification");

    private final String code;
    private final String label;

    CorrectionKind(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static CorrectionKind ofCode(String code) {
        return Arrays.stream(values()).filter(kind -> kind.code.equals(code)).findFirst()
                .orElseThrow(() -> new InvalidChange("a note is a correction or a clarification, not " + code));
    }
}
