package io.coachline.analytics.control;

import org.apache.commons.math3.stat.regression.SimpleRegression;

import java.util.Arrays;
import java.util.List;

/** Thin layer over commons-math3 so every tool tests significance the same way. */
final class Statistics {

    static final double SIGNIFICANCE = 0.05;

    private Statistics() {
    }

    /**
     * Least-squares line with Pearson r; the two-sided p-value of the slope (equal to that of r)
     * comes from the t-distribution with n-2 degrees of freedom.
     */
    record Fit(int n, double slope, double intercept, double r, double pValue) {
        boolean significant() {
            return pValue < SIGNIFICANCE;
        }
    }

    /** Null with fewer than three points or when either variable is constant (r undefined). */
    static Fit fit(double[] x, double[] y) {
        if (x.length < 3 || isConstant(x) || isConstant(y)) {
            return null;
        }
        SimpleRegression regression = new SimpleRegression();
        for (int i = 0; i < x.length; i++) {
            regression.addData(x[i], y[i]);
        }
        double p = regression.getSignificance();
        return new Fit(x.length, regression.getSlope(), regression.getIntercept(), regression.getR(),
                Double.isNaN(p) ? 1.0 : p);
    }

    static double mean(double[] values) {
        return Arrays.stream(values).average().orElse(Double.NaN);
    }

    static double median(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    /** Population standard deviation over the mean; NaN when the mean is zero. */
    static double coefficientOfVariation(double[] values) {
        double mean = mean(values);
        double sumSq = 0;
        for (double v : values) {
            sumSq += (v - mean) * (v - mean);
        }
        return mean == 0 ? Double.NaN : Math.sqrt(sumSq / values.length) / mean;
    }

    static double[] toArray(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static boolean isConstant(double[] values) {
        for (double v : values) {
            if (v != values[0]) {
                return false;
            }
        }
        return true;
    }
}
