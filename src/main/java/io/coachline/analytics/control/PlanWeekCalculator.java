package io.coachline.analytics.control;

import io.coachline.analytics.entity.AthleteData;
import io.coachline.analytics.entity.Evidence;
import io.coachline.analytics.entity.Plan;
import io.coachline.analytics.entity.PlanWeek;
import io.coachline.analytics.entity.PlannedWorkout;
import io.coachline.analytics.entity.RecentRuns;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * get_plan_week: the Monday-to-Sunday week containing {@code today} (athlete's zone) of the active
 * plan, each day's planned workouts against the runs done that day. Status: done when the day's
 * run distance (or time, when the plan gives only a duration) reaches 80 % of the target, partial
 * below that, missed for a past planned day without a run, upcoming for today and later, extra for
 * a run on an unplanned day, rest otherwise.
 */
public final class PlanWeekCalculator {

    public static final String CONVENTIONS = "Week = Monday-Sunday containing today in the athlete's "
            + "zone; runs matched to planned workouts by local day; done at >= 80 % of the planned "
            + "distance (or duration), partial below, missed when a past planned day has no run.";

    static final double DONE_SHARE = 0.8;

    public PlanWeek calculate(AthleteData data) {
        LocalDate today = data.today();
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate sunday = monday.plusDays(6);
        Plan plan = data.activePlan();
        if (plan == null) {
            return PlanWeek.insufficient(monday, sunday, null, List.of("no active plan"));
        }
        List<PlannedWorkout> planned = plan.workouts().stream()
                .filter(w -> !w.date().isBefore(monday) && !w.date().isAfter(sunday)).toList();
        if (planned.isEmpty()) {
            return PlanWeek.insufficient(monday, sunday, plan.name(),
                    List.of("the active plan has no workouts from " + monday + " to " + sunday));
        }
        List<ActivityLog.Dated> runs = ActivityLog.between(new ActivityLog(data).runs(), monday, sunday);
        List<PlanWeek.Day> days = new ArrayList<>();
        double plannedMeters = 0;
        double plannedSeconds = 0;
        double doneMeters = 0;
        double doneSeconds = 0;
        int completed = 0;
        for (LocalDate day = monday; !day.isAfter(sunday); day = day.plusDays(1)) {
            LocalDate current = day;
            List<PlannedWorkout> dayPlan = planned.stream().filter(w -> w.date().equals(current)).toList();
            List<RecentRuns.Row> done = ActivityLog.between(runs, day, day).stream()
                    .map(RecentRunsCalculator::row).toList();
            double targetMeters = dayPlan.stream().mapToDouble(PlanWeekCalculator::plannedMeters).sum();
            double targetSeconds = dayPlan.stream().mapToDouble(PlanWeekCalculator::plannedSeconds).sum();
            double meters = done.stream().mapToDouble(RecentRuns.Row::distanceMeters).sum();
            double seconds = done.stream().mapToDouble(RecentRuns.Row::movingSeconds).sum();
            String status = status(day, today, dayPlan, done, targetMeters > 0 ? meters / targetMeters
                    : targetSeconds > 0 ? seconds / targetSeconds : 1);
            completed += "done".equals(status) ? dayPlan.size() : 0;
            days.add(new PlanWeek.Day(day, dayPlan, done, status));
            plannedMeters += targetMeters;
            plannedSeconds += targetSeconds;
            doneMeters += meters;
            doneSeconds += seconds;
        }
        // planned days without a run are evidence too: a missed or upcoming workout rests on its date
        List<Evidence> evidence = new ArrayList<>(ActivityLog.evidence(runs));
        days.stream().filter(d -> !d.planned().isEmpty() && d.done().isEmpty())
                .forEach(d -> evidence.add(new Evidence(d.date(), null)));
        return new PlanWeek(false, List.of(), plan.name(), monday, sunday, days, Round.to(plannedMeters, 0),
                Round.to(doneMeters, 0), Round.to(plannedSeconds, 0), Round.to(doneSeconds, 0), planned.size(),
                completed, evidence);
    }

    private static String status(LocalDate day, LocalDate today, List<PlannedWorkout> plan,
                                 List<RecentRuns.Row> done, double share) {
        if (plan.isEmpty()) {
            return done.isEmpty() ? "rest" : "extra";
        }
        if (done.isEmpty()) {
            return day.isBefore(today) ? "missed" : "upcoming";
        }
        return share >= DONE_SHARE ? "done" : "partial";
    }

    /** Target distance, else derived from duration and pace; 0 when neither is planned. */
    static double plannedMeters(PlannedWorkout w) {
        if (w.targetDistanceMeters() != null) {
            return w.targetDistanceMeters();
        }
        return w.targetDurationSeconds() != null && w.targetPaceSecPerKm() != null && w.targetPaceSecPerKm() > 0
                ? w.targetDurationSeconds() / w.targetPaceSecPerKm() * 1000 : 0;
    }

    static double plannedSeconds(PlannedWorkout w) {
        if (w.targetDurationSeconds() != null) {
            return w.targetDurationSeconds();
        }
        return w.targetDistanceMeters() != null && w.targetPaceSecPerKm() != null
                ? w.targetDistanceMeters() / 1000 * w.targetPaceSecPerKm() : 0;
    }
}
