package io.coachline.analytics.control;

import io.coachline.analytics.entity.Activity;
import io.coachline.analytics.entity.EfficiencyByZone;
import io.coachline.analytics.entity.EfficiencyTrend;
import io.coachline.analytics.entity.WorkoutType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.coachline.analytics.control.Fixtures.PROFILE;
import static io.coachline.analytics.control.Fixtures.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class EfficiencyByZoneCalculatorTest {

    private static final List<Activity> RUNS = List.of(
            Fixtures.run("easy", TODAY.minusDays(1), 10000, 3300, 151.9, WorkoutType.EASY),
            Fixtures.run("t-low", TODAY.minusDays(2), 10000, 2700, 152.0, WorkoutType.TEMPO),
            Fixtures.run("t-high", TODAY.minusDays(3), 10000, 2650, 170.9, WorkoutType.TEMPO),
            Fixtures.run("race", TODAY.minusDays(4), 5000, 1200, 171.0, WorkoutType.RACE));

    @Test
    void zonesSplitAt80And90PercentOfMaxHrWithoutGaps() {
        assertEquals(List.of("easy"), ids("easy"));
        assertEquals(List.of("t-high", "t-low"), ids("threshold"), "oldest first");
        assertEquals(List.of("race"), ids("race"));
    }

    @Test
    void meansAreOverTheRunsInTheZone() {
        EfficiencyByZone zone = new EfficiencyByZoneCalculator().calculate(Fixtures.athlete(PROFILE, RUNS), "threshold", 30);
        assertEquals(2, zone.runs());
        assertEquals(267.5, zone.meanPaceSecPerKm(), 1e-9);
        assertEquals(3, zone.zones().size());
    }

    @Test
    void unknownZoneIsRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> new EfficiencyByZoneCalculator().calculate(Fixtures.athlete(PROFILE, RUNS), "tempo", 30));
    }

    private static List<String> ids(String zone) {
        return new EfficiencyByZoneCalculator().calculate(Fixtures.athlete(PROFILE, RUNS), zone, 30).points().stream()
                .map(EfficiencyTrend.Point::activityId).toList();
    }
}
