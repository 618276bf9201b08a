package io.coachline.athlete.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.coachline.analytics.control.CorrelationAnalyzer;
import io.coachline.analytics.control.EfficiencyByZoneCalculator;
import io.coachline.analytics.control.EfficiencyTrendCalculator;
import io.coachline.analytics.control.InsightGenerator;
import io.coachline.analytics.control.PbPatternAnalyzer;
import io.coachline.analytics.control.PlanWeekCalculator;
import io.coachline.analytics.control.RacePredictor;
import io.coachline.analytics.control.RecentRunsCalculator;
import io.coachline.analytics.control.TrainingLoadCalculator;
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
import io.coachline.athlete.control.AnalyticsInputs;
import io.coachline.athlete.control.AthleteAnalytics;
import io.coachline.tools.control.Effect;
import io.coachline.tools.control.Icon;
import io.coachline.tools.control.Tool;
import io.coachline.tenancy.control.Caller;

/** The analytics tools as MCP tools (and for the chat): always over the caller's own data. */
@ApplicationScoped
public class AthleteTools {

    private static final String OWN = " Always the signed-in athlete's own data.";

    @Inject
    Caller caller;

    @Inject
    AthleteAnalytics analytics;

    @Tool(name = "get_recent_runs", title = "Recent runs", effect = Effect.READ, icon = Icon.ANALYTICS,
            description = "Runs of the last N days, newest first (at most 50 listed): date, "
            + "distance, time, pace, average HR, workout type, with totals. " + RecentRunsCalculator.CONVENTIONS + OWN)
    public RecentRuns recentRuns(AnalyticsInputs.RecentRuns input) {
        return analytics.recentRuns(caller.userId(), input);
    }

    @Tool(name = "get_training_load", title = "Training load", effect = Effect.READ, icon = Icon.ANALYTICS,
            resources = AthleteResources.LOAD,
            description = "Fitness (CTL), fatigue (ATL), form (TSB), their trend, the "
            + "training phase and TSB zone, with the daily series of the last N days (default 42). "
            + TrainingLoadCalculator.CONVENTIONS + OWN)
    public TrainingLoad trainingLoad(AnalyticsInputs.TrainingLoad input) {
        return analytics.trainingLoad(caller.userId(), input);
    }

    @Tool(name = "get_efficiency_trend", title = "Efficiency trend", effect = Effect.READ, icon = Icon.ANALYTICS,
            description = "Aerobic efficiency per steady run, its weekly trend with "
            + "significance, and aerobic decoupling. " + EfficiencyTrendCalculator.CONVENTIONS + OWN)
    public EfficiencyTrend efficiencyTrend(AnalyticsInputs.EfficiencyTrend input) {
        return analytics.efficiencyTrend(caller.userId(), input);
    }

    @Tool(name = "get_efficiency_by_zone", title = "Efficiency by zone", effect = Effect.READ, icon = Icon.ANALYTICS,
            description = "Efficiency of the runs in one effort zone. "
            + EfficiencyByZoneCalculator.CONVENTIONS + OWN)
    public EfficiencyByZone efficiencyByZone(AnalyticsInputs.EfficiencyByZone input) {
        return analytics.efficiencyByZone(caller.userId(), input);
    }

    @Tool(name = "get_race_predictions", title = "Race predictions", effect = Effect.READ, icon = Icon.ANALYTICS,
            description = "Predicted 5K, 10K, half and marathon times with confidence. "
            + RacePredictor.CONVENTIONS + OWN)
    public RacePredictions racePredictions() {
        return analytics.racePredictions(caller.userId());
    }

    @Tool(name = "get_recovery_status", title = "Recovery status", effect = Effect.READ, icon = Icon.ANALYTICS,
            description = "Recovery half-life, durability index, false-fitness and "
            + "masked-fatigue signals. Half-life: days for the excess HR at a given speed after hard sessions to halve; "
            + "durability: 100 x (1 - CV of weekly run distance over 12 weeks); false fitness: CTL up > 5 % in 28 days "
            + "while efficiency does not rise; masked fatigue: TSB >= -10 while resting HR, HRV or efficiency say tired. "
            + "The exact definitions come back in the result's definitions field." + OWN)
    public RecoveryStatus recoveryStatus() {
        return analytics.recoveryStatus(caller.userId());
    }

    @Tool(name = "get_pb_patterns", title = "Personal-best patterns", effect = Effect.READ, icon = Icon.ANALYTICS,
            resources = AthleteResources.BESTS,
            description = "Personal bests of the last 365 days with CTL, ATL and TSB the day "
            + "before, and the ranges that preceded PBs. " + PbPatternAnalyzer.CONVENTIONS + OWN)
    public PbPatterns pbPatterns() {
        return analytics.pbPatterns(caller.userId());
    }

    @Tool(name = "get_correlations", title = "Correlations", effect = Effect.READ, icon = Icon.ANALYTICS,
            description = "Significant correlations between sleep, HRV, resting HR, stress, "
            + "soreness, load and efficiency, strongest first. " + CorrelationAnalyzer.CONVENTIONS + OWN)
    public Correlations correlations(AnalyticsInputs.Correlations input) {
        return analytics.correlations(caller.userId(), input);
    }

    @Tool(name = "get_active_insights", title = "Active insights", effect = Effect.READ, icon = Icon.ANALYTICS,
            description = "Prioritised, actionable insights drawn from the other tools. "
            + InsightGenerator.CONVENTIONS + OWN)
    public Insights activeInsights(AnalyticsInputs.ActiveInsights input) {
        return analytics.activeInsights(caller.userId(), input);
    }

    @Tool(name = "get_plan_week", title = "Plan week", effect = Effect.READ, icon = Icon.ANALYTICS,
            resources = AthleteResources.PLAN_WEEK,
            description = "This week of the active training plan: planned versus done. "
            + PlanWeekCalculator.CONVENTIONS + OWN)
    public PlanWeek planWeek() {
        return analytics.planWeek(caller.userId());
    }
}
