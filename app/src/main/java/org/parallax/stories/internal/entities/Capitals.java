package org.parallax.stories.internal.entities;

/** Whether a text is set in capitals throughout, as wire headlines and some old copy are. */
final class Capitals {

    private Capitals() {
    }

    static boolean shouted(String text) {
        int upper = 0;
        int lower = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isUpperCase(c)) {
                upper++;
            } else if (Character.isLowerCase(c)) {
                lower++;
            }
        }
        return upper >= 4 && lower * 5 < upper;
    }
}
