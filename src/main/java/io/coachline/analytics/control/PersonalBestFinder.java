package io.coachline.analytics.control;

import io.coachline.analytics.entity.Activity;
import io.coachline.analytics.entity.Effort;
import io.coachline.analytics.entity.PersonalBest;
import io.coachline.analytics.entity.Split;

import java.util.ArrayList;
import java.util.List;

/**
 * Best efforts over standard distances. A run imported with its record stream brings the fastest
 * continuous stretch of the stream per distance (found at import), which is used first. Otherwise the
 * effort is the fastest continuous stretch of splits covering the distance (the last split used pro rata, as if run at even pace); a run
 * whose splits do not cover the distance counts as a whole when its distance is within ±3 % of it,
 * its time scaled to the exact distance. Splits faster than 8 m/s are GPS glitches and are skipped.
 */
final class PersonalBestFinder {

    record Standard(String name, double meters) {
    }

    static final List<Standard> STANDARDS = List.of(new Standard("1K", 1000),
            new Standard("mile", 1609.344), new Standard("5K", 5000), new Standard("10K", 10000),
            new Standard("15K", 15000), new Standard("half marathon", 21097.5),
            new Standard("30K", 30000), new Standard("marathon", 42195));

    static final double WHOLE_ACTIVITY_TOLERANCE = 0.03;
    static final double MAX_SPLIT_SPEED = 8.0;

    /** A new best; {@code previousSeconds} null means it was the first effort at the distance. */
    record Improvement(PersonalBest best, Double previousSeconds) {
    }

    /** Every improvement of the best time per distance, oldest first, and the final bests. */
    record Progression(List<Improvement> improvements, List<PersonalBest> bests) {
    }

    private PersonalBestFinder() {
    }

    static Progression progression(List<ActivityLog.Dated> runsOldestFirst) {
        PersonalBest[] bests = new PersonalBest[STANDARDS.size()];
        List<Improvement> improvements = new ArrayList<>();
        for (ActivityLog.Dated d : runsOldestFirst) {
            SplitTimeline timeline = new SplitTimeline(d.activity().splits());
            for (int k = 0; k < bests.length; k++) {
                Standard standard = STANDARDS.get(k);
                double seconds = bestSeconds(d.activity(), timeline, standard.meters());
                if (Double.isNaN(seconds) || bests[k] != null && seconds >= bests[k].seconds()) {
                    continue;
                }
                PersonalBest pb = new PersonalBest(standard.name(), standard.meters(),
                        Round.to(seconds, 1), d.activity().id(), d.day());
                improvements.add(new Improvement(pb, bests[k] == null ? null : bests[k].seconds()));
                bests[k] = pb;
            }
        }
        List<PersonalBest> finals = new ArrayList<>();
        for (PersonalBest pb : bests) {
            if (pb != null) {
                finals.add(pb);
            }
        }
        return new Progression(improvements, finals);
    }

    /** NaN when the run neither covers the distance in splits nor matches it as a whole. */
    static double bestSeconds(Activity run, double meters) {
        return bestSeconds(run, new SplitTimeline(run.splits()), meters);
    }

    private static double bestSeconds(Activity run, SplitTimeline timeline, double meters) {
        for (Effort effort : run.efforts()) {
            if (Math.abs(effort.distanceMeters() - meters) < 0.5 && effort.seconds() > 0
                    && meters / effort.seconds() <= MAX_SPLIT_SPEED) {
                return effort.seconds();
            }
        }
        double fromSplits = timeline.fastest(meters);
        if (!Double.isNaN(fromSplits)) {
            return fromSplits;
        }
        double seconds = run.durationSeconds();
        boolean matches = Math.abs(run.distanceMeters() - meters) <= WHOLE_ACTIVITY_TOLERANCE * meters;
        return matches && seconds > 0 ? seconds * meters / run.distanceMeters() : Double.NaN;
    }

    static double fastestSegment(List<Split> splits, double meters) {
        return new SplitTimeline(splits).fastest(meters);
    }

    /** Cumulative distance and time over the valid splits, built once per run for all distances. */
    private static final class SplitTimeline {
        private final double[] distance;
        private final double[] time;
        private final double[] splitMeters;
        private final double[] splitSeconds;
        private final int count;

        SplitTimeline(List<Split> splits) {
            int n = 0;
            distance = new double[splits.size() + 1];
            time = new double[splits.size() + 1];
            splitMeters = new double[splits.size()];
            splitSeconds = new double[splits.size()];
            for (Split s : splits) {
                if (s.distanceMeters() > 0 && s.seconds() > 0 && s.distanceMeters() / s.seconds() <= MAX_SPLIT_SPEED) {
                    splitMeters[n] = s.distanceMeters();
                    splitSeconds[n] = s.seconds();
                    distance[n + 1] = distance[n] + s.distanceMeters();
                    time[n + 1] = time[n] + s.seconds();
                    n++;
                }
            }
            this.count = n;
        }

        double fastest(double meters) {
            if (distance[count] < meters - 1e-6) {
                return Double.NaN;
            }
            double best = Double.NaN;
            int end = 0;
            for (int start = 0; start < count; start++) {
                // smallest end with distance[end + 1] - distance[start] >= meters; moves forward only
                end = Math.max(end, start);
                while (end < count && distance[end + 1] - distance[start] < meters - 1e-6) {
                    end++;
                }
                if (end == count) {
                    break;
                }
                double covered = distance[end] - distance[start];
                double seconds = time[end] - time[start] + splitSeconds[end] * (meters - covered) / splitMeters[end];
                if (Double.isNaN(best) || seconds < best) {
                    best = seconds;
                }
            }
            return best;
        }
    }
}
