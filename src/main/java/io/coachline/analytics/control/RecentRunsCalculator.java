package io.coachline.analytics.control;

import io.coachline.analytics.entity.Activity;
import io.coachline.analytics.entity.AthleteData;
import io.coachline.analytics.entity.RecentRuns;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** get_recent_runs: runs (sport "run" only) of the last {@code days} local days. */
public final class RecentRunsCalculator {

    public static final String CONVENTIONS = "Runs only (sport 'run'), local days in the athlete's zone, "
            + "window = today and the days-1 days before it, newest first, at most 50 listed; "
            + "totals cover every run in the window. Pace = moving time / distance.";

    static final int MAX_ROWS = 50;

    public RecentRuns calculate(AthleteData data, int days) {
        Ranges.check("days", days, 1, 365);
        LocalDate today = data.today();
        ActivityLog log = new ActivityLog(data);
        List<ActivityLog.Dated> window = ActivityLog.between(log.runs(), today.minusDays(days - 1L), today);
        if (window.isEmpty()) {
            String why = log.runs().isEmpty() ? "no runs recorded"
                    : "no runs in the last " + days + " days (latest run on "
                    + log.runs().get(log.runs().size() - 1).day() + ")";
            return RecentRuns.insufficient(days, List.of(why));
        }
        double meters = 0;
        double seconds = 0;
        List<RecentRuns.Row> rows = new ArrayList<>();
        for (int i = window.size() - 1; i >= 0; i--) {
            Activity a = window.get(i).activity();
            meters += a.distanceMeters();
            seconds += a.durationSeconds();
            if (rows.size() < MAX_ROWS) {
                rows.add(row(window.get(i)));
            }
        }
        Double pace = meters > 0 ? Round.to(seconds / meters * 1000, 1) : null;
        List<String> missing = window.stream().anyMatch(d -> d.activity().avgHr() == null)
                ? List.of("some runs have no heart rate") : List.of();
        return new RecentRuns(false, missing, days, window.size(), Round.to(meters, 0),
                Round.to(seconds, 0), pace, window.size() > MAX_ROWS, rows, ActivityLog.evidence(window));
    }

    static RecentRuns.Row row(ActivityLog.Dated d) {
        Activity a = d.activity();
        return new RecentRuns.Row(a.id(), d.day(), a.name(), Round.to(a.distanceMeters(), 0),
                Round.to(a.durationSeconds(), 0), Round.to(a.paceSecPerKm(), 1), a.avgHr(), a.workoutType());
    }
}
