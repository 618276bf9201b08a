package io.coachline.analytics.control;

import io.coachline.analytics.entity.Activity;
import io.coachline.analytics.entity.AthleteData;
import io.coachline.analytics.entity.EfficiencyByZone;
import io.coachline.analytics.entity.EfficiencyTrend;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * get_efficiency_by_zone: efficiency of every run (any type) whose average HR as % of max HR lies
 * in the chosen band. Bands without gaps: easy below 80 %, threshold 80 to below 90 %, race 90 %
 * and above.
 */
public final class EfficiencyByZoneCalculator {

    public static final String CONVENTIONS = "Zones by average HR as % of profile max HR, no gaps: "
            + "easy < 80 %, threshold 80-90 %, race >= 90 %. Efficiency = speed (m/min) / average HR, "
            + "higher is better; all runs of the window with HR.";

    public static final List<EfficiencyByZone.Band> BANDS = List.of(
            new EfficiencyByZone.Band("easy", null, 80.0),
            new EfficiencyByZone.Band("threshold", 80.0, 90.0),
            new EfficiencyByZone.Band("race", 90.0, null));

    public EfficiencyByZone calculate(AthleteData data, String zone, int days) {
        Ranges.check("days", days, 30, 365);
        EfficiencyByZone.Band band = band(zone);
        Double maxHr = data.profile().maxHr();
        if (maxHr == null || maxHr <= 0) {
            return EfficiencyByZone.insufficient(band.name(), days, BANDS,
                    List.of("profile.maxHr missing: zones are % of max HR"));
        }
        LocalDate today = data.today();
        List<ActivityLog.Dated> inZone = ActivityLog.between(new ActivityLog(data).runs(),
                        today.minusDays(days - 1L), today).stream()
                .filter(d -> Efficiency.factor(d.activity()) != null
                        && contains(band, d.activity().avgHr() / maxHr * 100))
                .toList();
        if (inZone.isEmpty()) {
            return EfficiencyByZone.insufficient(band.name(), days, BANDS, List.of(
                    "no runs with heart rate in the " + band.name() + " zone in the last " + days + " days"));
        }
        List<EfficiencyTrend.Point> points = Efficiency.points(inZone);
        double meters = 0;
        double seconds = 0;
        double hrPercent = 0;
        for (ActivityLog.Dated d : inZone) {
            Activity a = d.activity();
            meters += a.distanceMeters();
            seconds += a.durationSeconds();
            hrPercent += a.avgHr() / maxHr * 100 / inZone.size();
        }
        Statistics.Fit fit = Efficiency.fitOverDays(points);
        List<String> missing = fit == null ? List.of("fewer than 3 runs on different days: no slope")
                : List.of();
        return new EfficiencyByZone(false, missing, band.name(), days, BANDS, points.size(),
                Round.to(Efficiency.meanFactor(points), 4), Round.to(seconds / meters * 1000, 1),
                Round.to(hrPercent, 1), fit == null ? null : Round.to(fit.slope() * 7, 5),
                fit == null ? null : Round.to(fit.pValue(), 4), points, ActivityLog.evidence(inZone));
    }

    static EfficiencyByZone.Band band(String zone) {
        String key = zone == null ? "threshold" : zone.toLowerCase(Locale.ROOT);
        return BANDS.stream().filter(b -> b.name().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "effort_zone must be easy, threshold or race, was " + zone));
    }

    static boolean contains(EfficiencyByZone.Band band, double percent) {
        return (band.fromPercent() == null || percent >= band.fromPercent())
                && (band.toPercent() == null || percent < band.toPercent());
    }
}
