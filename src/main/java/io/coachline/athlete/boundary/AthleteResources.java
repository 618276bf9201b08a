package io.coachline.athlete.boundary;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.coachline.analytics.entity.PersonalBest;
import io.coachline.analytics.entity.PlanWeek;
import io.coachline.analytics.entity.RacePredictions;
import io.coachline.analytics.entity.RecentRuns;
import io.coachline.analytics.entity.TrainingLoad;
import io.coachline.athlete.control.AnalyticsInputs;
import io.coachline.athlete.control.AthleteAnalytics;
import io.coachline.athlete.control.Profiles;
import io.coachline.tenancy.control.Caller;
import io.coachline.tools.control.DataResource;

/**
 * The athlete's data as resources an MCP client can attach as context: always the caller's own, so no uri
 * names a user. The uris are constants because tools link to them and prompts embed them.
 */
@ApplicationScoped
public class AthleteResources {

    public static final String PROFILE = "coachline://athlete/profile";
    public static final String LOAD = "coachline://athlete/training-load";
    public static final String BESTS = "coachline://athlete/personal-bests";
    public static final String PLAN_WEEK = "coachline://athlete/plan-week";
    public static final String CONTEXT = "coachline://athlete/context";

    /** Training load now, without the daily series. */
    public record LoadSummary(boolean insufficientData, LocalDate date, double ctl, double atl, double tsb,
                              double ctlChange7d, String phase, String tsbZone) {
    }

    /** The best time per standard distance. */
    public record PersonalBests(List<PersonalBest> bests) {
    }

    @Inject
    Caller caller;

    @Inject
    AthleteAnalytics analytics;

    @Inject
    Profiles profiles;

    @DataResource(uri = PROFILE, name = "athlete-profile", title = "Athlete profile", priority = 0.6,
            description = "Sex, birth date, heart-rate settings and time zone of the signed-in athlete.")
    public Profiles.Profile profile() {
        return profiles.get(caller.userId());
    }

    @DataResource(uri = LOAD, name = "training-load", title = "Training load now", priority = 0.9,
            description = "Fitness (CTL), fatigue (ATL), form (TSB = yesterday's CTL minus yesterday's ATL), their "
                    + "7-day change, training phase and TSB zone, as of today.")
    public LoadSummary load() {
        TrainingLoad load = analytics.trainingLoad(caller.userId(), new AnalyticsInputs.TrainingLoad(7));
        return new LoadSummary(load.insufficientData(), load.date(), load.ctl(), load.atl(), load.tsb(),
                load.ctlChange7d(), load.phase(), load.tsbZone());
    }

    @DataResource(uri = BESTS, name = "personal-bests", title = "Personal bests", priority = 0.7,
            description = "The best time ever per standard distance, with the activity it came from.")
    public PersonalBests personalBests() {
        return new PersonalBests(analytics.pbPatterns(caller.userId()).currentBests());
    }

    @DataResource(uri = PLAN_WEEK, name = "plan-week", title = "This plan week", priority = 0.7,
            description = "This week of the active training plan: planned versus done, day by day.")
    public PlanWeek planWeek() {
        return analytics.planWeek(caller.userId());
    }

    @DataResource(uri = CONTEXT, name = "coaching-context", title = "Coaching context", mimeType = "text/markdown",
            audience = "assistant", priority = 1.0,
            description = "A compact summary for a coach: training load now, race predictions and the last 7 days.")
    public String context() {
        String user = caller.userId();
        TrainingLoad load = analytics.trainingLoad(user, new AnalyticsInputs.TrainingLoad(7));
        RacePredictions races = analytics.racePredictions(user);
        RecentRuns week = analytics.recentRuns(user, new AnalyticsInputs.RecentRuns(7));
        StringBuilder text = new StringBuilder("# The athlete now\n\n## Training load\n");
        if (load.insufficientData()) {
            text.append("Not enough data: ").append(load.missing()).append('\n');
        } else {
            text.append(String.format(Locale.ROOT, "CTL %.1f, ATL %.1f, TSB %.1f (%s), CTL change over 7 days %+.1f, "
                    + "phase %s.%n", load.ctl(), load.atl(), load.tsb(), load.tsbZone(), load.ctlChange7d(), load.phase()));
        }
        text.append("\n## Race predictions\n");
        if (races.insufficientData()) {
            text.append("Not enough data: ").append(races.missing()).append('\n');
        }
        for (RacePredictions.Prediction p : races.predictions()) {
            text.append("- ").append(p.distance()).append(": ").append(clock(p.vdotSeconds()))
                    .append(" (").append(p.confidence()).append(" confidence)\n");
        }
        text.append(String.format(Locale.ROOT, "%n## Last 7 days%n%d runs, %.1f km, %s moving.%n", week.count(),
                week.totalDistanceMeters() / 1000, clock(week.totalMovingSeconds())));
        for (RecentRuns.Row run : week.runs()) {
            text.append(String.format(Locale.ROOT, "- %s %s: %.1f km%s%n", run.date(), run.name(),
                    run.distanceMeters() / 1000, run.avgHr() == null ? "" : String.format(Locale.ROOT,
                            ", avg HR %.0f", run.avgHr())));
        }
        return text.toString();
    }

    @DataResource(uri = "coachline://training-load/{days}", name = "training-load-series",
            title = "Training load series", priority = 0.5, examples = {"7", "28", "42", "90", "180", "365"},
            description = "Training load with the daily series of the last {days} days (7-365).")
    public TrainingLoad loadSeries(AnalyticsInputs.TrainingLoad days) {
        return analytics.trainingLoad(caller.userId(), days);
    }

    @DataResource(uri = "coachline://recent-runs/{days}", name = "recent-runs", title = "Recent runs",
            priority = 0.5, examples = {"7", "14", "30", "90", "365"},
            description = "The runs of the last {days} days (1-365), newest first, with totals.")
    public RecentRuns recentRuns(AnalyticsInputs.RecentRuns days) {
        return analytics.recentRuns(caller.userId(), days);
    }

    private static String clock(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
