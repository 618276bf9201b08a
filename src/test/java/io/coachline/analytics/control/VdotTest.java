package io.coachline.analytics.control;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class VdotTest {

    @Test
    void twentyMinute5kIsVdot498() {
        assertEquals(49.8, Vdot.of(5000, 20 * 60), 0.1);
    }

    @Test
    void vdot50MatchesDanielsTableWithinPointTwoPercent() {
        assertWithin(19 * 60 + 57, Vdot.secondsFor(50, 5000));
        assertWithin(41 * 60 + 21, Vdot.secondsFor(50, 10000));
        assertWithin(3600 + 31 * 60 + 35, Vdot.secondsFor(50, 21097.5));
        assertWithin(3 * 3600 + 10 * 60 + 49, Vdot.secondsFor(50, 42195));
    }

    @Test
    void solvedTimeReproducesTheVdot() {
        double seconds = Vdot.secondsFor(57.3, 15000);
        assertEquals(57.3, Vdot.of(15000, seconds), 1e-4);
    }

    @Test
    void riegelFromTwentyMinute5kGives4142For10k() {
        assertEquals(41 * 60 + 42, Vdot.riegel(1200, 5000, 10000), 2);
    }

    private static void assertWithin(double expected, double actual) {
        assertEquals(expected, actual, expected * 0.002);
    }
}
