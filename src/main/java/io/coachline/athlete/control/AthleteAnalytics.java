package io.coachline.athlete.control;

import java.util.Locale;

import jakarta.inject.Inject;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import io.coachline.analytics.control.AnalyticsTools;
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
import io.coachline.platform.control.Inputs;

/**
 * The ten analytics tools over the stored data of one user. The user is always the caller, handed in
 * by the boundary from the verified token; no tool takes an athlete as an argument.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS) // read-only: no write lock, see AthleteDataLoader
public class AthleteAnalytics {

    private static final AnalyticsTools TOOLS = new AnalyticsTools();

    @Inject
    AthleteDataLoader loader;

    public RecentRuns recentRuns(String userId, AnalyticsInputs.RecentRuns in) {
        Inputs.validate("input", in);
        return TOOLS.getRecentRuns(loader.load(userId), in.days());
    }

    public TrainingLoad trainingLoad(String userId, AnalyticsInputs.TrainingLoad in) {
        Inputs.validate("input", in);
        return TOOLS.getTrainingLoad(loader.load(userId), in.days());
    }

    public EfficiencyTrend efficiencyTrend(String userId, AnalyticsInputs.EfficiencyTrend in) {
        Inputs.validate("input", in);
        return TOOLS.getEfficiencyTrend(loader.load(userId), in.days());
    }

    public EfficiencyByZone efficiencyByZone(String userId, AnalyticsInputs.EfficiencyByZone in) {
        Inputs.validate("input", in);
        String zone = in.effortZone() == null ? null : in.effortZone().toLowerCase(Locale.ROOT);
        return TOOLS.getEfficiencyByZone(loader.load(userId), zone, in.days());
    }

    public RacePredictions racePredictions(String userId) {
        return TOOLS.getRacePredictions(loader.load(userId));
    }

    public RecoveryStatus recoveryStatus(String userId) {
        return TOOLS.getRecoveryStatus(loader.load(userId));
    }

    public PbPatterns pbPatterns(String userId) {
        return TOOLS.getPbPatterns(loader.load(userId));
    }

    public Correlations correlations(String userId, AnalyticsInputs.Correlations in) {
        Inputs.validate("input", in);
        return TOOLS.getCorrelations(loader.load(userId), in.days());
    }

    public Insights activeInsights(String userId, AnalyticsInputs.ActiveInsights in) {
        Inputs.validate("input", in);
        return TOOLS.getActiveInsights(loader.load(userId), in.limit());
    }

    public PlanWeek planWeek(String userId) {
        return TOOLS.getPlanWeek(loader.load(userId));
    }

    /** Loaded once for callers that run several tools on the same data (insights, chat). */
    public AthleteData data(String userId) {
        return loader.load(userId);
    }
}
