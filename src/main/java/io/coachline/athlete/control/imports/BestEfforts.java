package io.coachline.athlete.control.imports;

import java.util.ArrayList;
import java.util.List;

/**
 * Fastest continuous segment per standard distance, in elapsed time, with positions between samples
 * interpolated linearly. With piecewise-linear interpolation the segment time is piecewise linear in its
 * position, so its minimum lies where the segment starts or ends exactly on a sample: two two-pointer sweeps,
 * one anchoring each end, therefore find the exact optimum in O(n) per distance.
 */
public final class BestEfforts {

    private static final List<BestEffort> STANDARD = List.of(
            new BestEffort("1K", 1000, 0), new BestEffort("mile", 1609.344, 0),
            new BestEffort("5K", 5000, 0), new BestEffort("10K", 10000, 0),
            new BestEffort("15K", 15000, 0), new BestEffort("half", 21097.5, 0),
            new BestEffort("30K", 30000, 0), new BestEffort("marathon", 42195, 0));
    // Accumulated floating-point distances can miss a round total by a hair.
    private static final double TOLERANCE_METERS = 1e-6;

    private BestEfforts() {
    }

    /** One effort per standard distance the activity covers, shortest first. */
    public static List<BestEffort> fastest(List<Sample> samples) {
        List<BestEffort> efforts = new ArrayList<>();
        if (samples.size() < 2) {
            return efforts;
        }
        double[] d = samples.stream().mapToDouble(Sample::distanceMeters).toArray();
        double[] t = samples.stream().mapToDouble(Sample::elapsedSeconds).toArray();
        double covered = d[d.length - 1] - d[0];
        for (BestEffort standard : STANDARD) {
            double length = Math.min(standard.distanceMeters(), covered);
            if (covered + TOLERANCE_METERS < standard.distanceMeters()) {
                break;
            }
            double best = Math.min(anchoredAtEnd(d, t, length), anchoredAtStart(d, t, length));
            efforts.add(new BestEffort(standard.name(), standard.distanceMeters(), best));
        }
        return efforts;
    }

    /** Best time over segments ending on a sample; the start pointer only moves forward. */
    private static double anchoredAtEnd(double[] d, double[] t, double length) {
        double best = Double.POSITIVE_INFINITY;
        int start = 0;
        for (int end = 1; end < d.length; end++) {
            double startDistance = d[end] - length;
            if (startDistance < d[0]) {
                continue;
            }
            // The last sample at or before the start distance gives the latest (so shortest) start.
            while (start + 1 < end && d[start + 1] <= startDistance) {
                start++;
            }
            best = Math.min(best, t[end] - timeAt(d, t, start, startDistance));
        }
        return best;
    }

    /** Best time over segments starting on a sample; the end pointer only moves forward. */
    private static double anchoredAtStart(double[] d, double[] t, double length) {
        double best = Double.POSITIVE_INFINITY;
        int end = 1;
        for (int start = 0; start < d.length - 1; start++) {
            double endDistance = d[start] + length;
            if (endDistance > d[d.length - 1]) {
                break;
            }
            end = Math.max(end, start + 1);
            // The first sample reaching the end distance gives the earliest (so shortest) finish.
            while (d[end] < endDistance) {
                end++;
            }
            best = Math.min(best, timeAt(d, t, end - 1, endDistance) - t[start]);
        }
        return best;
    }

    /** The time at which the distance {@code at} is reached between samples i and i + 1. */
    private static double timeAt(double[] d, double[] t, int i, double at) {
        double covered = d[i + 1] - d[i];
        if (covered <= 0) {
            return t[i];
        }
        double fraction = Math.max(0, Math.min(1, (at - d[i]) / covered));
        return t[i] + fraction * (t[i + 1] - t[i]);
    }
}
