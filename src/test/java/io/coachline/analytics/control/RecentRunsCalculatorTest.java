package io.coachline.analytics.control;

import io.coachline.analytics.entity.Activity;
import io.coachline.analytics.entity.RecentRuns;
import io.coachline.analytics.entity.WorkoutType;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.coachline.analytics.control.Fixtures.PROFILE;
import static io.coachline.analytics.control.Fixtures.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecentRunsCalculatorTest {

    @Test
    void newestFirstAtMostFiftyRowsTotalsOverAll() {
        List<Activity> activities = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            activities.add(Fixtures.run("r" + i, TODAY.minusDays(i), 10000, 3000, 140.0, WorkoutType.EASY));
        }
        activities.add(new Activity("ride", Fixtures.morning(TODAY).plusHours(9), "ride", "ride", 40000, 5400,
                5400, 0, 130.0, null, WorkoutType.OTHER, false, List.of()));
        RecentRuns recent = new RecentRunsCalculator().calculate(Fixtures.athlete(PROFILE, activities), 365);
        assertEquals(60, recent.count());
        assertEquals(50, recent.runs().size());
        assertTrue(recent.truncated());
        assertEquals("r0", recent.runs().get(0).id());
        assertEquals(600000, recent.totalDistanceMeters(), 1e-9);
        assertEquals(300, recent.avgPaceSecPerKm(), 1e-9);
        assertEquals(20, recent.evidence().size());
    }

    @Test
    void daysOutsideTheRangeAreRejected() {
        var data = Fixtures.athlete(PROFILE, List.of());
        assertThrows(IllegalArgumentException.class, () -> new RecentRunsCalculator().calculate(data, 0));
        assertThrows(IllegalArgumentException.class, () -> new RecentRunsCalculator().calculate(data, 366));
    }
}
