package io.coachline.athlete.control.imports;

import java.util.Arrays;
import java.util.List;

/**
 * Decides which parts of a stream are pauses: a run of consecutive intervals slower than 0.5 m/s that lasts
 * more than 10 s in total. Shorter slow stretches (traffic lights, turning) still count as moving, and so does
 * everything when the stream carries no distance at all, since then nothing distinguishes a pause.
 */
final class MovingTime {

    static final double MIN_MOVING_SPEED = 0.5;
    static final double MAX_STOP_SECONDS = 10;

    private MovingTime() {
    }

    /** For each interval i (sample i to i + 1), whether it counts as moving. */
    static boolean[] movingIntervals(List<Sample> samples) {
        int intervals = Math.max(0, samples.size() - 1);
        boolean[] moving = new boolean[intervals];
        boolean hasDistance = intervals > 0 && samples.get(intervals).distanceMeters() > samples.get(0).distanceMeters();
        int i = 0;
        while (i < intervals) {
            if (!hasDistance || !isSlow(samples, i)) {
                moving[i++] = true;
                continue;
            }
            int end = i;
            double stopped = 0;
            while (end < intervals && isSlow(samples, end)) {
                stopped += duration(samples, end++);
            }
            Arrays.fill(moving, i, end, stopped <= MAX_STOP_SECONDS);
            i = end;
        }
        return moving;
    }

    static double seconds(List<Sample> samples, boolean[] moving) {
        double total = 0;
        for (int i = 0; i < moving.length; i++) {
            if (moving[i]) {
                total += duration(samples, i);
            }
        }
        return total;
    }

    private static boolean isSlow(List<Sample> samples, int interval) {
        double dt = duration(samples, interval);
        double dd = samples.get(interval + 1).distanceMeters() - samples.get(interval).distanceMeters();
        // Two points at the same instant neither move nor pause; treating them as slow keeps a stop in one piece.
        return dt == 0 ? dd == 0 : dd / dt < MIN_MOVING_SPEED;
    }

    private static double duration(List<Sample> samples, int interval) {
        return samples.get(interval + 1).elapsedSeconds() - samples.get(interval).elapsedSeconds();
    }
}
