package io.coachline.analytics.control;

import io.coachline.analytics.entity.Activity;
import io.coachline.analytics.entity.Plan;
import io.coachline.analytics.entity.RacePredictions;
import io.coachline.analytics.entity.WorkoutType;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.coachline.analytics.control.Fixtures.PROFILE;
import static io.coachline.analytics.control.Fixtures.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RacePredictorTest {

    private static final Activity FIVE_K = Fixtures.run("5k", TODAY.minusDays(60), 5000, 1200, 180.0, WorkoutType.RACE);
    private static final Activity TEN_K = Fixtures.run("10k", TODAY.minusDays(30), 10000, 2502, 178.0, WorkoutType.RACE);

    @Test
    void vdotIsTheRecencyWeightedMean() {
        RacePredictions p = new RacePredictor().calculate(Fixtures.athlete(PROFILE, List.of(FIVE_K, TEN_K)));
        double w5 = Math.pow(0.5, 60 / 60.0);
        double w10 = Math.pow(0.5, 30 / 60.0);
        double expected = (w5 * Vdot.of(5000, 1200) + w10 * Vdot.of(10000, 2502)) / (w5 + w10);
        assertEquals(expected, p.vdot(), 0.01);
        assertEquals(w10, p.races().get(1).weight(), 0.001);
        RacePredictions.Prediction tenK = p.predictions().get(1);
        assertEquals(Vdot.secondsFor(p.vdot(), 10000), tenK.vdotSeconds(), 1.5);
        double riegel = (w5 * Vdot.riegel(1200, 5000, 10000) + w10 * 2502) / (w5 + w10);
        assertEquals(riegel, tenK.riegelSeconds(), 0.5);
        assertEquals("high", tenK.confidence());
        assertEquals("medium", p.predictions().get(3).confidence(), "marathon is 4.2 x the 10K");
        assertNull(tenK.adjustedSeconds());
        assertNull(p.formAdjustmentPercent());
    }

    @Test
    void goalRaceDateTurnsOnTheFormAdjustment() {
        List<Activity> activities = new ArrayList<>(List.of(FIVE_K, TEN_K));
        for (int i = 0; i < 90; i++) {
            activities.add(Fixtures.run("e" + i, TODAY.minusDays(i), 12000 + i * 20, 3960, 140.0, WorkoutType.EASY));
        }
        Plan plan = new Plan("goal", TODAY.plusDays(20), 15000.0, List.of());
        RacePredictions p = new RacePredictor().calculate(Fixtures.athlete(PROFILE, activities, List.of(), plan));
        assertTrue(Math.abs(p.formAdjustmentPercent()) <= 3);
        assertTrue(p.formAdjustmentReason().contains("CTL"));
        RacePredictions.Prediction goal = p.predictions().get(4);
        assertEquals("goal race", goal.distance());
        assertTrue(goal.goalDistance());
        double adjustedVdot = p.vdot() * (1 + p.formAdjustmentPercent() / 100);
        assertEquals(Vdot.secondsFor(adjustedVdot, 15000), goal.adjustedSeconds(), 2);
    }

    @Test
    void racesOlderThanAYearAreNotUsed() {
        Activity old = Fixtures.run("old", TODAY.minusDays(400), 5000, 1200, 180.0, WorkoutType.RACE);
        RacePredictions p = new RacePredictor().calculate(Fixtures.athlete(PROFILE, List.of(old)));
        assertTrue(p.insufficientData());
        assertFalse(p.missing().isEmpty());
    }
}
