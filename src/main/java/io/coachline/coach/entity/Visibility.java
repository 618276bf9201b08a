package io.coachline.coach.entity;

import java.util.Locale;

/**
 * Who sees a coach: {@code private} (the owner; for a system coach, the users it is assigned to),
 * {@code tenant} (every user of its tenant), {@code global} (every user of every tenant).
 */
public enum Visibility {
    PRIVATE, TENANT, GLOBAL;

    /** Case-insensitive by character classes, as {@link CoachCategory#PATTERN}. */
    public static final String PATTERN =
            "^(?:[Pp][Rr][Ii][Vv][Aa][Tt][Ee]|[Tt][Ee][Nn][Aa][Nn][Tt]|[Gg][Ll][Oo][Bb][Aa][Ll])$";
    public static final String MESSAGE = "must be one of private, tenant, global";

    public String text() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses an already validated value in any case; null stays null. */
    public static Visibility parse(String text) {
        return text == null ? null : valueOf(text.toUpperCase(Locale.ROOT));
    }
}
