package io.coachline.analytics.control;

import io.coachline.analytics.entity.Activity;
import io.coachline.analytics.entity.CheckIn;
import io.coachline.analytics.entity.Correlations;
import io.coachline.analytics.entity.WorkoutType;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static io.coachline.analytics.control.Fixtures.PROFILE;
import static io.coachline.analytics.control.Fixtures.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CorrelationAnalyzerTest {

    @Test
    void shortSleepRaisesHeartRateAndShowsAsTheStrongestCorrelation() {
        Random random = new Random(1);
        List<Activity> runs = new ArrayList<>();
        List<CheckIn> checkIns = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            LocalDate day = TODAY.minusDays(i);
            double sleep = 5 + random.nextDouble() * 4;
            double hr = 150 - 4 * sleep + random.nextGaussian();
            checkIns.add(new CheckIn(day, sleep, 60 + random.nextGaussian() * 5, null, null, null, null, null));
            runs.add(Fixtures.run("r" + i, day, 10000, 3300, hr, WorkoutType.EASY));
        }
        Correlations result = new CorrelationAnalyzer().calculate(Fixtures.athlete(PROFILE, runs, checkIns, null), 60);
        Correlations.Correlation top = result.correlations().get(0);
        assertEquals("sleep hours", top.input());
        assertEquals(0, top.lagDays());
        assertTrue(top.r() > 0.8, "r = " + top.r());
        assertTrue(result.correlations().stream().allMatch(c -> c.pValue() < 0.05));
        assertTrue(result.correlations().stream().allMatch(c -> c.n() >= 10));
        for (int i = 1; i < result.correlations().size(); i++) {
            assertTrue(Math.abs(result.correlations().get(i - 1).r()) >= Math.abs(result.correlations().get(i).r()));
        }
        assertTrue(result.testsRun() > 8, "sleep, HRV, TSB and ATL at eight lags");
    }

    @Test
    void fewerThanTenRunDaysIsInsufficient() {
        List<Activity> runs = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            runs.add(Fixtures.run("r" + i, TODAY.minusDays(i), 10000, 3300, 140.0, WorkoutType.EASY));
        }
        Correlations result = new CorrelationAnalyzer().calculate(Fixtures.athlete(PROFILE, runs), 30);
        assertTrue(result.insufficientData());
        assertTrue(result.missing().get(0).contains("need 10"));
    }
}
