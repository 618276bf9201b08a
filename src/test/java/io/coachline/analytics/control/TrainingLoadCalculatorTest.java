package io.coachline.analytics.control;

import io.coachline.analytics.entity.Activity;
import io.coachline.analytics.entity.AthleteProfile;
import io.coachline.analytics.entity.Sex;
import io.coachline.analytics.entity.TrainingLoad;
import io.coachline.analytics.entity.WorkoutType;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.coachline.analytics.control.Fixtures.PROFILE;
import static io.coachline.analytics.control.Fixtures.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrainingLoadCalculatorTest {

    private static final double THRESHOLD_HOUR_METERS = 3600 / 255.0 * 1000;

    @Test
    void oneHourAtThresholdPaceDailyFromZeroGivesCtl632() {
        List<Activity> runs = new ArrayList<>();
        for (int i = 0; i < 42; i++) {
            runs.add(Fixtures.run("r" + i, TODAY.minusDays(i), THRESHOLD_HOUR_METERS, 3600, null, WorkoutType.TEMPO));
        }
        TrainingLoad load = new TrainingLoadCalculator(LoadSeries.Seed.ZERO)
                .calculate(Fixtures.athlete(PROFILE, runs));
        assertEquals(63.2, load.ctl(), 0.1);
        assertEquals(42, load.loadMethods().get("RTSS"));
        assertEquals(100, load.recentDays().get(41).load(), 0.1);
    }

    @Test
    void hrTssScoresAnHourAtThresholdHrAs100ForBothSexes() {
        for (Sex sex : Sex.values()) {
            AthleteProfile profile = new AthleteProfile(sex, null, 190.0, 50.0, 172.0, null, null, null);
            Activity ride = new Activity("ride", Fixtures.morning(TODAY), "ride", "ride", 30000, 3600, 3600, 0,
                    172.0, null, WorkoutType.OTHER, false, List.of());
            SessionLoad.Score score = new SessionLoad(profile).score(ride);
            assertEquals(SessionLoad.Method.HRTSS, score.method());
            assertEquals(100, score.load(), 1e-9);
        }
    }

    @Test
    void hrTssFollowsBanisterTrimp() {
        AthleteProfile profile = new AthleteProfile(Sex.FEMALE, null, 190.0, 50.0, 172.0, null, null, null);
        Activity easy = Fixtures.run("e", TODAY, 8000, 2700, 120.0, WorkoutType.EASY);
        double reserve = 70 / 140.0;
        double threshold = 122 / 140.0;
        double expected = 45 * reserve * 0.86 * Math.exp(1.67 * reserve)
                / (60 * threshold * 0.86 * Math.exp(1.67 * threshold)) * 100;
        assertEquals(expected, new SessionLoad(profile).score(easy).load(), 1e-9);
    }

    @Test
    void withoutProfileLoadIsEstimatedByTypeAndMissingSaysWhy() {
        Activity longRun = Fixtures.run("l", TODAY, 20000, 7200, 140.0, WorkoutType.LONG);
        TrainingLoad load = new TrainingLoadCalculator().calculate(Fixtures.athlete(AthleteProfile.empty(),
                List.of(longRun)));
        assertFalse(load.insufficientData());
        assertEquals(120, load.recentDays().get(41).load(), 1e-9);
        assertEquals(1, load.loadMethods().get("ESTIMATE"));
        assertTrue(load.missing().stream().anyMatch(m -> m.contains("thresholdPaceSecPerKm")));
        assertTrue(load.missing().stream().anyMatch(m -> m.contains("maxHr")));
    }

    @Test
    void duplicateActivitiesAreNotDoubleCounted() {
        Activity run = Fixtures.run("a", TODAY, 10000, 3000, 150.0, WorkoutType.EASY);
        Activity reimported = new Activity("strava-123", run.start().plusMinutes(2), "Run", "Morning Run",
                10100, 3010, 3100, 0, null, null, null, false, List.of());
        double single = new TrainingLoadCalculator().calculate(Fixtures.athlete(PROFILE, List.of(run))).ctl();
        TrainingLoad doubled = new TrainingLoadCalculator()
                .calculate(Fixtures.athlete(PROFILE, List.of(run, run, reimported)));
        assertEquals(single, doubled.ctl(), 1e-9);
        assertEquals(1, doubled.loadMethods().values().stream().mapToInt(Integer::intValue).sum());
    }

    @Test
    void otherSportsCountForLoad() {
        Activity ride = new Activity("ride", Fixtures.morning(TODAY), "ride", "ride", 30000, 3600, 3600, 0,
                130.0, null, WorkoutType.OTHER, false, List.of());
        TrainingLoad load = new TrainingLoadCalculator().calculate(Fixtures.athlete(PROFILE, List.of(ride)));
        assertTrue(load.recentDays().get(41).load() > 0);
    }

    @Test
    void phaseRule() {
        assertEquals("building", TrainingLoadCalculator.phase(1.0, 50));
        assertEquals("maintaining", TrainingLoadCalculator.phase(0.9, 50));
        assertEquals("maintaining", TrainingLoadCalculator.phase(-0.9, 50));
        assertEquals("tapering", TrainingLoadCalculator.phase(-5.0, 50));
        assertEquals("recovering", TrainingLoadCalculator.phase(-5.1, 50));
    }

    @Test
    void tsbZonesHaveNoGaps() {
        assertEquals("overreaching", TrainingLoadCalculator.tsbZone(-30.1));
        assertEquals("optimal training", TrainingLoadCalculator.tsbZone(-30));
        assertEquals("grey zone (maintenance)", TrainingLoadCalculator.tsbZone(-10));
        assertEquals("fresh (race window)", TrainingLoadCalculator.tsbZone(5));
        assertEquals("fresh (race window)", TrainingLoadCalculator.tsbZone(25));
        assertEquals("detraining", TrainingLoadCalculator.tsbZone(25.1));
    }
}
