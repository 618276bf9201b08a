package io.coachline.analytics.control;

import io.coachline.analytics.entity.Activity;
import io.coachline.analytics.entity.AthleteData;
import io.coachline.analytics.entity.AthleteProfile;
import io.coachline.analytics.entity.CheckIn;
import io.coachline.analytics.entity.Plan;
import io.coachline.analytics.entity.Sex;
import io.coachline.analytics.entity.Split;
import io.coachline.analytics.entity.WorkoutType;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/** Small builders so each test states only what it is about. */
final class Fixtures {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 18);
    static final AthleteProfile PROFILE = new AthleteProfile(Sex.MALE, LocalDate.of(1988, 5, 14), 190.0, 50.0,
            172.0, 255.0, 70.0, BERLIN);

    private Fixtures() {
    }

    static ZonedDateTime morning(LocalDate day) {
        return ZonedDateTime.of(day, LocalTime.of(7, 0), BERLIN);
    }

    /** A run without splits. */
    static Activity run(String id, LocalDate day, double meters, double seconds, Double avgHr, WorkoutType type) {
        return new Activity(id, morning(day), "run", id, meters, seconds, seconds, 0, avgHr, null, type,
                type == WorkoutType.RACE, List.of());
    }

    /** A run with even 1 km splits whose HR rises linearly by {@code driftBpm} from first to last. */
    static Activity runWithSplits(String id, LocalDate day, double meters, double seconds, double hr,
                                  double driftBpm, WorkoutType type) {
        int count = (int) Math.ceil(meters / 1000);
        List<Split> splits = new ArrayList<>();
        double beats = 0;
        for (int i = 0; i < count; i++) {
            double m = Math.min(1000, meters - i * 1000.0);
            double s = seconds * m / meters;
            double splitHr = hr + (count == 1 ? 0 : driftBpm * i / (count - 1));
            splits.add(new Split(i, m, s, splitHr, 0));
            beats += splitHr * s;
        }
        return new Activity(id, morning(day), "run", id, meters, seconds, seconds, 0, beats / seconds, null, type,
                type == WorkoutType.RACE, splits);
    }

    static AthleteData athlete(AthleteProfile profile, List<Activity> activities) {
        return new AthleteData(profile, activities, List.of(), null, TODAY);
    }

    static AthleteData athlete(AthleteProfile profile, List<Activity> activities, List<CheckIn> checkIns,
                               Plan plan) {
        return new AthleteData(profile, activities, checkIns, plan, TODAY);
    }
}
