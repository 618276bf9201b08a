package io.coachline.chat.control;

/**
 * The text of an answer as the client receives it, capped at a number of characters: what {@link #add} accepts is
 * exactly what is sent and what is stored, so the streamed pieces always add up to the stored answer.
 */
final class Transcript {

    private final int maxChars;
    private final StringBuilder text = new StringBuilder();
    private boolean cut;

    Transcript(int maxChars) {
        this.maxChars = maxChars;
    }

    /** Appends the part of {@code piece} that still fits and returns it (empty once the cap is reached). */
    String add(String piece) {
        String fits = cap(piece, maxChars - text.length());
        cut |= fits.length() < piece.length();
        text.append(fits);
        return fits;
    }

    String text() {
        return text.toString();
    }

    boolean isEmpty() {
        return text.length() == 0;
    }

    /** Whether the model said more than the cap allowed. */
    boolean cut() {
        return cut;
    }

    /** {@code text} cut to at most {@code room} characters, never between the two halves of a surrogate pair. */
    static String cap(String text, int room) {
        if (text == null || text.length() <= room) {
            return text == null ? "" : text;
        }
        int end = Math.max(room, 0);
        if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end);
    }
}
