package io.coachline.analytics.control;

import io.coachline.analytics.entity.Activity;
import io.coachline.analytics.entity.CheckIn;
import io.coachline.analytics.entity.RecoveryStatus;
import io.coachline.analytics.entity.WorkoutType;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static io.coachline.analytics.control.Fixtures.PROFILE;
import static io.coachline.analytics.control.Fixtures.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecoveryAnalyzerTest {

    /** HR excess after a hard session halves every day: 8, 4, 2 bpm on days 1..3, none later. */
    @Test
    void halfLifeOfAnExactExponentialIsRecovered() {
        List<Activity> runs = new ArrayList<>();
        for (int i = 0; i < 130; i++) {
            LocalDate day = TODAY.minusDays(i);
            int sinceHard = i % 7 == 0 ? 0 : 7 - i % 7;
            if (sinceHard == 0) {
                runs.add(Fixtures.run("h" + i, day, 12000, 3000, 170.0, WorkoutType.INTERVAL));
                continue;
            }
            double speed = 2.8 + (i % 5) * 0.1;
            double excess = sinceHard <= 3 ? 16 * Math.pow(0.5, sinceHard) : 0;
            double hr = 60 + 25 * speed + excess;
            runs.add(Fixtures.run("e" + i, day, speed * 3600, 3600, hr, WorkoutType.EASY));
        }
        RecoveryStatus status = new RecoveryAnalyzer().calculate(Fixtures.athlete(PROFILE, runs));
        assertEquals(1.0, status.halfLifeDays(), 1e-6);
        assertEquals(8.0, status.day1ExcessHr(), 1e-6);
        assertTrue(status.hardSessions() >= 16);
        assertEquals(5, status.definitions().size());
    }

    @Test
    void steadyWeeklyVolumeGivesFullDurability() {
        List<Activity> runs = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            runs.add(Fixtures.run("r" + i, TODAY.minusDays(i), 8000, 2640, 140.0, WorkoutType.EASY));
        }
        RecoveryStatus status = new RecoveryAnalyzer().calculate(Fixtures.athlete(PROFILE, runs));
        assertEquals(100, status.durabilityIndex(), 1e-9);
        assertEquals(0, RecoveryAnalyzer.weeklyVolumeCv(new ActivityLog(Fixtures.athlete(PROFILE, runs)), TODAY), 1e-12);
    }

    @Test
    void risingRestingHeartRateWithGoodFormIsMaskedFatigue() {
        List<Activity> runs = new ArrayList<>();
        List<CheckIn> checkIns = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            LocalDate day = TODAY.minusDays(i);
            runs.add(Fixtures.run("r" + i, day, 8000, 2640, 140.0, WorkoutType.EASY));
            checkIns.add(new CheckIn(day, 7.5, 65.0, i < 7 ? 56.0 : 50.0, null, null, null, null));
        }
        RecoveryStatus status = new RecoveryAnalyzer().calculate(Fixtures.athlete(PROFILE, runs, checkIns, null));
        assertTrue(status.maskedFatigue());
        assertTrue(status.maskedFatigueReason().contains("resting HR"), status.maskedFatigueReason());
        assertFalse(status.falseFitness(), "flat load is no false fitness");
    }

    @Test
    void shortHistorySaysWhatIsMissing() {
        List<Activity> runs = List.of(Fixtures.run("r", TODAY, 8000, 2640, 140.0, WorkoutType.EASY));
        RecoveryStatus status = new RecoveryAnalyzer().calculate(Fixtures.athlete(PROFILE, runs));
        assertFalse(status.insufficientData());
        assertTrue(status.missing().stream().anyMatch(m -> m.contains("durability")));
        assertTrue(status.missing().stream().anyMatch(m -> m.contains("half-life")));
    }
}
