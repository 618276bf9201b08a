package io.coachline.analytics.control;

import io.coachline.analytics.entity.AthleteData;
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

/**
 * The ten analytics tools by their MCP names, with the documented defaults; each is a pure
 * function of the athlete data and its arguments. Arguments outside their range throw
 * IllegalArgumentException (the boundary validates first); too little data never throws.
 */
public final class AnalyticsTools {

    public RecentRuns getRecentRuns(AthleteData data, Integer days) {
        return new RecentRunsCalculator().calculate(data, days == null ? 7 : days);
    }

    public TrainingLoad getTrainingLoad(AthleteData data) {
        return getTrainingLoad(data, null);
    }

    public TrainingLoad getTrainingLoad(AthleteData data, Integer days) {
        return new TrainingLoadCalculator().calculate(data, days == null ? TrainingLoadCalculator.RECENT_DAYS : days);
    }

    public EfficiencyTrend getEfficiencyTrend(AthleteData data, Integer days) {
        return new EfficiencyTrendCalculator().calculate(data, days == null ? 30 : days);
    }

    public EfficiencyByZone getEfficiencyByZone(AthleteData data, String effortZone, Integer days) {
        return new EfficiencyByZoneCalculator().calculate(data, effortZone == null ? "threshold" : effortZone,
                days == null ? 90 : days);
    }

    public RacePredictions getRacePredictions(AthleteData data) {
        return new RacePredictor().calculate(data);
    }

    public RecoveryStatus getRecoveryStatus(AthleteData data) {
        return new RecoveryAnalyzer().calculate(data);
    }

    public PbPatterns getPbPatterns(AthleteData data) {
        return new PbPatternAnalyzer().calculate(data);
    }

    public Correlations getCorrelations(AthleteData data, Integer days) {
        return new CorrelationAnalyzer().calculate(data, days == null ? 90 : days);
    }

    public Insights getActiveInsights(AthleteData data, Integer limit) {
        return new InsightGenerator().calculate(data, limit == null ? 5 : limit);
    }

    public PlanWeek getPlanWeek(AthleteData data) {
        return new PlanWeekCalculator().calculate(data);
    }
}
