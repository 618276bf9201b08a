package io.coachline.athlete.entity;

import java.time.LocalDate;

/**
 * Which activities a history page shows: local days {@code from}..{@code to} (inclusive, either open), one
 * sport or all, and the page window. Checked by the control before it queries.
 */
public record ActivityFilter(LocalDate from, LocalDate to, String sport, int limit, int offset) {
}
