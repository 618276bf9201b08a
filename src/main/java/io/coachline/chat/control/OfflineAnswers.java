package io.coachline.chat.control;

import java.util.List;
import java.util.Locale;

import io.coachline.analytics.entity.Correlations;
import io.coachline.analytics.entity.EfficiencyByZone;
import io.coachline.analytics.entity.EfficiencyTrend;
import io.coachline.analytics.entity.Insights;
import io.coachline.analytics.entity.PbPatterns;
import io.coachline.analytics.entity.PlanWeek;
import io.coachline.analytics.entity.RacePredictions;
import io.coachline.analytics.entity.RecentRuns;
import io.coachline.analytics.entity.RecoveryStatus;
import io.coachline.analytics.entity.TrainingLoad;

/** One or two sentences per analytics result, from its numbers: the offline provider's answers. */
final class OfflineAnswers {

    private OfflineAnswers() {
    }

    static String describe(ChatTools.Outcome outcome) {
        if (outcome.error() != null) {
            return outcome.tool() + " could not run: " + outcome.error().getString("message", "error") + ".";
        }
        Object r = outcome.result();
        if (r instanceof TrainingLoad t) {
            return t.insufficientData() ? missing("training load", t.missing())
                    : f("Fitness (CTL) %.1f, fatigue (ATL) %.1f, form (TSB) %+.1f (%s); phase: %s; CTL %+.1f over 7 days.",
                    t.ctl(), t.atl(), t.tsb(), t.tsbZone(), t.phase(), t.ctlChange7d());
        }
        if (r instanceof RacePredictions p) {
            if (p.insufficientData()) {
                return missing("race predictions", p.missing());
            }
            StringBuilder s = new StringBuilder("Predicted times");
            s.append(p.vdot() == null ? ":" : f(" (VDOT %.1f):", p.vdot()));
            for (RacePredictions.Prediction x : p.predictions()) {
                double seconds = x.adjustedSeconds() != null ? x.adjustedSeconds() : x.vdotSeconds();
                s.append(' ').append(x.distance()).append(' ').append(clock(seconds))
                        .append(" (").append(x.confidence()).append(" confidence),");
            }
            return s.substring(0, s.length() - 1) + ".";
        }
        if (r instanceof RecoveryStatus v) {
            return v.insufficientData() ? missing("recovery status", v.missing())
                    : "Recovery half-life " + (v.halfLifeDays() == null ? "unknown" : f("%.1f days", v.halfLifeDays()))
                    + (v.weeklyVolumeCv() == null ? "" : f(", durability %.0f", 100 * (1 - v.weeklyVolumeCv())))
                    + "; false fitness: " + (v.falseFitness() ? "yes" : "no")
                    + "; masked fatigue: " + (v.maskedFatigue() ? "yes - " + v.maskedFatigueReason() : "no") + ".";
        }
        if (r instanceof PbPatterns b) {
            return b.insufficientData() || b.pbs().isEmpty() ? missing("personal-best patterns", b.missing())
                    : f("%d personal bests in the last year; TSB the day before ranged %.1f to %.1f (median %.1f), "
                    + "CTL %.1f to %.1f.", b.pbs().size(), b.tsbBeforePb().min(), b.tsbBeforePb().max(),
                    b.tsbBeforePb().median(), b.ctlBeforePb().min(), b.ctlBeforePb().max());
        }
        if (r instanceof RecentRuns n) {
            return n.insufficientData() ? missing("recent runs", n.missing())
                    : f("%d runs in the last %d days: %.1f km in %s", n.count(), n.days(),
                    n.totalDistanceMeters() / 1000, clock(n.totalMovingSeconds()))
                    + (n.avgPaceSecPerKm() == null ? "." : ", average pace " + clock(n.avgPaceSecPerKm()) + "/km.");
        }
        if (r instanceof EfficiencyTrend e) {
            return e.insufficientData() ? missing("efficiency trend", e.missing())
                    : f("Efficiency over %d runs in %d days: mean %.3f, trend %s", e.runs(), e.days(),
                    nz(e.meanEfficiency()), e.direction())
                    + (e.slopePercentPerWeek() == null ? "" : f(" (%+.2f %% per week%s)", e.slopePercentPerWeek(),
                    e.significant() ? ", significant" : ", not significant")) + ".";
        }
        if (r instanceof EfficiencyByZone z) {
            return z.insufficientData() ? missing("efficiency by zone", z.missing())
                    : f("In the %s zone: %d runs, mean efficiency %.3f at %.0f %% of max HR.", z.zone(), z.runs(),
                    nz(z.meanEfficiency()), nz(z.meanHrPercentOfMax()));
        }
        if (r instanceof Correlations c) {
            if (c.insufficientData() || c.correlations().isEmpty()) {
                return c.insufficientData() ? missing("correlations", c.missing())
                        : f("No significant correlations in %d tests over %d days.", c.testsRun(), c.days());
            }
            Correlations.Correlation top = c.correlations().get(0);
            return f("Strongest of %d significant correlations: %s (r = %.2f, lag %d days).",
                    c.correlations().size(), top.interpretation(), top.r(), top.lagDays());
        }
        if (r instanceof Insights i) {
            return i.insufficientData() || i.insights().isEmpty() ? "No insights right now."
                    : "Insights: " + String.join(" ", i.insights().stream().limit(3)
                    .map(x -> x.title() + " - " + x.message()).toList());
        }
        if (r instanceof PlanWeek w) {
            return w.insufficientData() ? missing("this week's plan", w.missing())
                    : f("%s, week of %s: %d of %d workouts done, %.1f of %.1f km.", w.planName(), w.weekStart(),
                    w.completedWorkouts(), w.plannedWorkouts(), w.doneDistanceMeters() / 1000,
                    w.plannedDistanceMeters() / 1000);
        }
        return outcome.json();
    }

    private static String missing(String what, List<String> missing) {
        return "Not enough data for " + what + (missing == null || missing.isEmpty() ? "." : ": " + String.join("; ", missing) + ".");
    }

    private static double nz(Double value) {
        return value == null ? Double.NaN : value;
    }

    static String clock(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
