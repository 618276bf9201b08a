package io.coachline.analytics.control;

import io.coachline.analytics.entity.Activity;
import io.coachline.analytics.entity.Split;
import io.coachline.analytics.entity.WorkoutType;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.coachline.analytics.control.Fixtures.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EfficiencyTest {

    @Test
    void factorIsSpeedInMetresPerMinuteOverHeartRate() {
        Activity run = Fixtures.run("r", TODAY, 10000, 3000, 150.0, WorkoutType.EASY);
        assertEquals(200.0 / 150, Efficiency.factor(run), 1e-12);
        assertNull(Efficiency.factor(Fixtures.run("n", TODAY, 10000, 3000, null, WorkoutType.EASY)));
    }

    @Test
    void decouplingComparesTheHalvesOfTheSplits() {
        Activity run = withSplitHr(140, 140, 150, 150);
        assertEquals((1 - 140.0 / 150) * 100, Efficiency.decouplingPercent(run), 1e-9);
    }

    @Test
    void anOddMiddleSplitIsLeftOut() {
        Activity run = withSplitHr(140, 190, 150);
        assertEquals((1 - 140.0 / 150) * 100, Efficiency.decouplingPercent(run), 1e-9);
    }

    @Test
    void decouplingNeedsTwoSplitsWithHeartRate() {
        assertNull(Efficiency.decouplingPercent(withSplitHr(140)));
        assertNull(Efficiency.decouplingPercent(Fixtures.run("r", TODAY, 10000, 3000, 150.0, WorkoutType.EASY)));
    }

    @Test
    void onlyEasyLongAndRecoveryRunsAreSteadyAerobic() {
        assertTrue(Efficiency.isSteadyAerobic(Fixtures.run("e", TODAY, 1, 1, null, WorkoutType.LONG)));
        assertFalse(Efficiency.isSteadyAerobic(Fixtures.run("i", TODAY, 1, 1, null, WorkoutType.INTERVAL)));
        Activity flaggedRace = new Activity("x", Fixtures.morning(TODAY), "run", "x", 1, 1, 1, 0, null, null,
                WorkoutType.EASY, true, List.of());
        assertFalse(Efficiency.isSteadyAerobic(flaggedRace));
    }

    private static Activity withSplitHr(double... hr) {
        List<Split> splits = new ArrayList<>();
        for (int i = 0; i < hr.length; i++) {
            splits.add(new Split(i, 1000, 300, hr[i], 0));
        }
        return new Activity("s", Fixtures.morning(TODAY), "run", "s", 1000.0 * hr.length, 300.0 * hr.length,
                300.0 * hr.length, 0, 145.0, null, WorkoutType.EASY, false, splits);
    }
}
