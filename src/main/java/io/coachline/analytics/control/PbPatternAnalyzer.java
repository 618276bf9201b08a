package io.coachline.analytics.control;

import io.coachline.analytics.entity.AthleteData;
import io.coachline.analytics.entity.Evidence;
import io.coachline.analytics.entity.PbPatterns;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * get_pb_patterns: every PB of the last 365 days (see {@link PersonalBestFinder}) with CTL and
 * ATL at the end of the day before and their difference (the form the athlete started the PB day
 * with), plus the TSB and CTL ranges that preceded PBs. A PB must beat an earlier effort: the
 * first effort ever at a distance is not a PB.
 */
public final class PbPatternAnalyzer {

    public static final String CONVENTIONS = "PB = an effort faster than every earlier one at 1K, mile, "
            + "5K, 10K, 15K, half, 30K or marathon (fastest continuous split segment, else a whole run "
            + "within ±3 % of the distance, scaled); first efforts do not count. CTL/ATL/TSB are those "
            + "of the day before (TSB = CTL - ATL of that day).";

    public PbPatterns calculate(AthleteData data) {
        AthleteView view = new AthleteView(data);
        LocalDate today = data.today();
        ActivityLog log = view.log();
        PersonalBestFinder.Progression progression = PersonalBestFinder.progression(log.runs());
        LocalDate from = today.minusDays(364);
        List<PersonalBestFinder.Improvement> recent = progression.improvements().stream()
                .filter(i -> i.previousSeconds() != null && !i.best().date().isBefore(from)).toList();
        if (recent.isEmpty()) {
            String why = log.runs().isEmpty() ? "no runs recorded"
                    : "no PB in the last 365 days (a PB must beat an earlier effort at the same distance)";
            return PbPatterns.insufficient(List.of(why), progression.bests());
        }
        LoadSeries series = view.series();
        List<PbPatterns.Event> events = new ArrayList<>();
        double[] tsb = new double[recent.size()];
        double[] ctl = new double[recent.size()];
        for (int i = 0; i < recent.size(); i++) {
            PersonalBestFinder.Improvement improvement = recent.get(i);
            LocalDate eve = improvement.best().date().minusDays(1);
            ctl[i] = series.ctl(eve);
            tsb[i] = ctl[i] - series.atl(eve);
            events.add(new PbPatterns.Event(improvement.best(), improvement.previousSeconds(),
                    Round.to(ctl[i], 1), Round.to(series.atl(eve), 1), Round.to(tsb[i], 1)));
        }
        List<Evidence> evidence = new ArrayList<>();
        for (int i = events.size() - 1; i >= 0 && evidence.size() < ActivityLog.EVIDENCE_LIMIT; i--) {
            Evidence e = new Evidence(events.get(i).pb().date(), events.get(i).pb().activityId());
            if (!evidence.contains(e)) {
                evidence.add(e);
            }
        }
        return new PbPatterns(false, List.of(), events, range(tsb), range(ctl), progression.bests(), evidence);
    }

    private static PbPatterns.Range range(double[] values) {
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (double v : values) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        return new PbPatterns.Range(Round.to(min, 1), Round.to(Statistics.median(values), 1), Round.to(max, 1));
    }
}
