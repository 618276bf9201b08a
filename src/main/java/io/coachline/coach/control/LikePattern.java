package io.coachline.coach.control;

/**
 * Turns search text into a SQL {@code LIKE ... ESCAPE '\'} pattern that matches it literally anywhere.
 * Lower-cases ASCII letters only, as SQLite's {@code lower()} does, so that both sides fold alike.
 */
public final class LikePattern {

    public static final char ESCAPE = '\\';

    private LikePattern() {
    }

    public static String containing(String text) {
        return "%" + escape(asciiLowerCase(text)) + "%";
    }

    public static String startingWith(String text) {
        return escape(asciiLowerCase(text)) + "%";
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (char ch : text.toCharArray()) {
            if (ch == '%' || ch == '_' || ch == ESCAPE) {
                out.append(ESCAPE);
            }
            out.append(ch);
        }
        return out.toString();
    }

    static String asciiLowerCase(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char ch : text.toCharArray()) {
            out.append(ch >= 'A' && ch <= 'Z' ? (char) (ch + ('a' - 'A')) : ch);
        }
        return out.toString();
    }
}
