package io.coachline.analytics.control;

/** Results go to people and language models: fixed decimals keep them readable and stable. */
final class Round {

    private Round() {
    }

    static double to(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }

    static Double to(Double value, int decimals) {
        return value == null || value.isNaN() || value.isInfinite() ? null : to(value.doubleValue(), decimals);
    }
}
