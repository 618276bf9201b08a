package io.coachline.analytics.control;

/**
 * Daniels &amp; Gilbert's running formula. VO2 = -4.60 + 0.182258 v + 0.000104 v² (v in m/min);
 * fraction of VO2max sustainable for t minutes = 0.8 + 0.1894393 e^(-0.012778 t)
 * + 0.2989558 e^(-0.1932605 t); VDOT = VO2 / fraction.
 */
public final class Vdot {

    static final double RIEGEL_EXPONENT = 1.06;
    private static final int BISECTION_STEPS = 100;

    private Vdot() {
    }

    public static double of(double meters, double seconds) {
        double minutes = seconds / 60;
        double v = meters / minutes;
        double vo2 = -4.60 + 0.182258 * v + 0.000104 * v * v;
        double fraction = 0.8 + 0.1894393 * Math.exp(-0.012778 * minutes)
                + 0.2989558 * Math.exp(-0.1932605 * minutes);
        return vo2 / fraction;
    }

    /**
     * The race time at which {@link #of} gives {@code vdot}; there is no closed form, and VDOT falls
     * monotonically with time, so bisection between 40 and 700 m/min always converges.
     */
    public static double secondsFor(double vdot, double meters) {
        double fast = meters / 700 * 60;
        double slow = meters / 40 * 60;
        for (int i = 0; i < BISECTION_STEPS && slow - fast > 1e-3; i++) {
            double mid = (fast + slow) / 2;
            if (of(meters, mid) > vdot) {
                fast = mid;
            } else {
                slow = mid;
            }
        }
        return (fast + slow) / 2;
    }

    /** Riegel: T2 = T1 x (D2 / D1)^1.06. */
    public static double riegel(double seconds, double fromMeters, double toMeters) {
        return seconds * Math.pow(toMeters / fromMeters, RIEGEL_EXPONENT);
    }
}
