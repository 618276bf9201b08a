package io.coachline.analytics.control;

import org.apache.commons.math3.distribution.TDistribution;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class StatisticsTest {

    @Test
    void pValueIsTheTwoSidedTTestOfR() {
        double[] x = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12};
        double[] y = {2.1, 2.9, 3.2, 4.8, 4.1, 6.3, 5.9, 7.7, 8.4, 8.1, 10.2, 9.6};
        Statistics.Fit fit = Statistics.fit(x, y);
        double r = fit.r();
        double t = r * Math.sqrt((x.length - 2) / (1 - r * r));
        double expected = 2 * (1 - new TDistribution(x.length - 2).cumulativeProbability(Math.abs(t)));
        assertEquals(expected, fit.pValue(), 1e-9);
    }

    @Test
    void textbookCriticalValue() {
        // r = 0.444 with n = 20 sits at the two-sided 5 % critical value (t = 2.101, 18 df)
        double r = 0.4438;
        double t = r * Math.sqrt(18 / (1 - r * r));
        assertEquals(2.101, t, 0.001);
    }

    @Test
    void slopeOfAPerfectLine() {
        Statistics.Fit fit = Statistics.fit(new double[] {0, 1, 2, 3}, new double[] {1, 3, 5, 7});
        assertEquals(2, fit.slope(), 1e-12);
        assertEquals(1, fit.intercept(), 1e-12);
        assertEquals(0, fit.pValue(), 1e-12);
    }

    @Test
    void noFitForTooFewOrConstantValues() {
        assertNull(Statistics.fit(new double[] {1, 2}, new double[] {1, 2}));
        assertNull(Statistics.fit(new double[] {1, 1, 1}, new double[] {1, 2, 3}));
    }

    @Test
    void coefficientOfVariationAndMedian() {
        assertEquals(0, Statistics.coefficientOfVariation(new double[] {5, 5, 5}), 1e-12);
        assertEquals(0.5, Statistics.coefficientOfVariation(new double[] {1, 3}), 1e-12);
        assertEquals(2.5, Statistics.median(new double[] {4, 1, 3, 2}), 1e-12);
    }
}
