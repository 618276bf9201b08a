package io.coachline.coach.entity;

import java.util.Locale;

/** What a coach is about. Accepted in any case, always written in lower case. */
public enum CoachCategory {
    TRAINING, NUTRITION, RECOVERY, RECIPES, ANALYSIS, CUSTOM;

    /**
     * For {@code @Pattern} on inputs, so a generated JSON schema states the values too. Case-insensitive
     * by character classes: JSON Schema patterns (ECMA-262) have no inline {@code (?i)} flag.
     */
    public static final String PATTERN =
            "^(?:[Tt][Rr][Aa][Ii][Nn][Ii][Nn][Gg]|[Nn][Uu][Tt][Rr][Ii][Tt][Ii][Oo][Nn]|[Rr][Ee][Cc][Oo][Vv][Ee][Rr][Yy]|[Rr][Ee][Cc][Ii][Pp][Ee][Ss]|[Aa][Nn][Aa][Ll][Yy][Ss][Ii][Ss]|[Cc][Uu][Ss][Tt][Oo][Mm])$";
    public static final String MESSAGE =
            "must be one of training, nutrition, recovery, recipes, analysis, custom";

    public String text() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Lower-cases an already validated value; null stays null. */
    public static String normalize(String text) {
        return text == null ? null : valueOf(text.toUpperCase(Locale.ROOT)).text();
    }
}
