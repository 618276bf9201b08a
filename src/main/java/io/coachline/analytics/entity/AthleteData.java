package io.coachline.analytics.entity;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everything the calculators may read, so each tool is a pure function of this and its input.
 *
 * @param activePlan nullable
 * @param today      the current date in the athlete's zone; fixing it keeps tests deterministic
 */
public record AthleteData(AthleteProfile profile, List<Activity> activities, List<CheckIn> checkIns,
                          Plan activePlan, LocalDate today) {

    public AthleteData {
        Objects.requireNonNull(today, "today");
        profile = profile == null ? AthleteProfile.empty() : profile;
        activities = activities == null ? List.of() : List.copyOf(activities);
        checkIns = checkIns == null ? List.of() : List.copyOf(checkIns);
    }

    public static AthleteData empty(LocalDate today) {
        return new AthleteData(AthleteProfile.empty(), List.of(), List.of(), null, today);
    }
}
