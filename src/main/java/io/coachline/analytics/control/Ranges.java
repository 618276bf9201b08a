package io.coachline.analytics.control;

/**
 * Parameter ranges are validated at the boundary (Bean Validation on the tool's input record);
 * this guard only keeps a direct caller from computing nonsense.
 */
final class Ranges {

    private Ranges() {
    }

    static void check(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be between " + min + " and " + max
                    + ", was " + value);
        }
    }
}
