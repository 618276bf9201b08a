package io.coachline.analytics.control;

import io.coachline.analytics.entity.Activity;
import io.coachline.analytics.entity.AthleteData;
import io.coachline.analytics.entity.Plan;
import io.coachline.analytics.entity.PlanWeek;
import io.coachline.analytics.entity.PlannedWorkout;
import io.coachline.analytics.entity.WorkoutType;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static io.coachline.analytics.control.Fixtures.PROFILE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlanWeekCalculatorTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 16);
    private static final LocalDate FRIDAY = MONDAY.plusDays(4);

    @Test
    void eachDayComparesPlanAndRuns() {
        Plan plan = new Plan("10K block", null, null, List.of(
                planned(MONDAY.minusDays(7), 9000.0, null),
                planned(MONDAY, 10000.0, null),
                planned(MONDAY.plusDays(1), 12000.0, null),
                planned(MONDAY.plusDays(2), 8000.0, null),
                planned(FRIDAY, null, 3600.0),
                planned(MONDAY.plusDays(6), 20000.0, null)));
        List<Activity> runs = List.of(
                Fixtures.run("mon", MONDAY, 10000, 3000, 140.0, WorkoutType.EASY),
                Fixtures.run("tue", MONDAY.plusDays(1), 5000, 1500, 140.0, WorkoutType.EASY),
                Fixtures.run("thu", MONDAY.plusDays(3), 6000, 1800, 140.0, WorkoutType.EASY));
        PlanWeek week = new PlanWeekCalculator().calculate(new AthleteData(PROFILE, runs, List.of(), plan, FRIDAY));
        assertEquals(MONDAY, week.weekStart());
        assertEquals(List.of("done", "partial", "missed", "extra", "upcoming", "rest", "upcoming"),
                week.days().stream().map(PlanWeek.Day::status).toList());
        assertEquals(50000, week.plannedDistanceMeters(), 1e-9);
        assertEquals(21000, week.doneDistanceMeters(), 1e-9);
        assertEquals(3600, week.plannedSeconds(), 1e-9);
        assertEquals(5, week.plannedWorkouts());
        assertEquals(1, week.completedWorkouts());
        assertEquals(3 + 3, week.evidence().size(), "three runs, three planned days without a run");
    }

    @Test
    void noPlanOrNoWorkoutsThisWeekIsInsufficient() {
        AthleteData noPlan = new AthleteData(PROFILE, List.of(), List.of(), null, FRIDAY);
        assertTrue(new PlanWeekCalculator().calculate(noPlan).missing().get(0).contains("no active plan"));
        Plan oldPlan = new Plan("old", null, null, List.of(planned(MONDAY.minusDays(7), 5000.0, null)));
        PlanWeek week = new PlanWeekCalculator().calculate(new AthleteData(PROFILE, List.of(), List.of(), oldPlan, FRIDAY));
        assertTrue(week.insufficientData());
    }

    private static PlannedWorkout planned(LocalDate day, Double meters, Double seconds) {
        return new PlannedWorkout(day, WorkoutType.EASY, "run", meters, seconds, null);
    }
}
