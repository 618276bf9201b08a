package io.coachline.analytics.control;

import io.coachline.analytics.entity.Activity;
import io.coachline.analytics.entity.AthleteData;
import io.coachline.analytics.entity.AthleteProfile;
import io.coachline.analytics.entity.EfficiencyTrend;
import io.coachline.analytics.entity.RecentRuns;
import io.coachline.analytics.entity.TrainingLoad;
import io.coachline.analytics.entity.WorkoutType;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import static io.coachline.analytics.control.Fixtures.PROFILE;
import static io.coachline.analytics.control.Fixtures.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EdgeCasesTest {

    @Test
    void noHeartRateData() {
        List<Activity> runs = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            runs.add(Fixtures.run("r" + i, TODAY.minusDays(i * 2L), 10000, 3200, null, WorkoutType.EASY));
        }
        AthleteData data = Fixtures.athlete(PROFILE, runs);
        EfficiencyTrend trend = new EfficiencyTrendCalculator().calculate(data, 30);
        assertTrue(trend.insufficientData());
        assertTrue(trend.missing().get(0).contains("heart rate"), trend.missing().toString());
        assertTrue(new EfficiencyByZoneCalculator().calculate(data, "easy", 90).insufficientData());
        RecentRuns recent = new RecentRunsCalculator().calculate(data, 7);
        assertEquals(4, recent.count());
        assertNull(recent.runs().get(0).avgHr());
        assertTrue(recent.missing().contains("some runs have no heart rate"));
        assertEquals(20, new TrainingLoadCalculator().calculate(data).loadMethods().get("RTSS"));
        assertNoToolThrows(data);
    }

    @Test
    void aSingleRun() {
        AthleteData data = Fixtures.athlete(PROFILE,
                List.of(Fixtures.runWithSplits("only", TODAY.minusDays(1), 5000, 1200, 175, 6, WorkoutType.RACE)));
        assertEquals(1, new RecentRunsCalculator().calculate(data, 7).count());
        TrainingLoad load = new TrainingLoadCalculator().calculate(data);
        assertFalse(load.insufficientData());
        assertTrue(load.ctl() > 0);
        var predictions = new RacePredictor().calculate(data);
        assertEquals(49.8, predictions.vdot(), 0.1);
        assertNotEquals("high", predictions.predictions().get(0).confidence(), "one race is not enough");
        assertTrue(new EfficiencyTrendCalculator().calculate(data, 30).insufficientData());
        assertNoToolThrows(data);
    }

    @Test
    void gapsOfMonths() {
        List<Activity> runs = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            runs.add(Fixtures.runWithSplits("jan" + i, LocalDate.of(2026, 1, 1).plusDays(i * 2L), 10000, 3300,
                    140, 4, WorkoutType.EASY));
        }
        runs.add(Fixtures.runWithSplits("comeback", TODAY, 6000, 2000, 138, 3, WorkoutType.EASY));
        AthleteData data = Fixtures.athlete(PROFILE, runs);
        TrainingLoad load = new TrainingLoadCalculator().calculate(data);
        assertTrue(load.ctl() < 5, "fitness decays over the gap: " + load.ctl());
        assertEquals(0, load.tsb(), 1, "nothing left of fitness or fatigue after the gap");
        RecentRuns lastMonth = new RecentRunsCalculator().calculate(data, 30);
        assertEquals(1, lastMonth.count());
        RecentRuns lastWeekOfSummer = new RecentRunsCalculator().calculate(
                new AthleteData(PROFILE, runs.subList(0, 30), List.of(), null, TODAY), 7);
        assertTrue(lastWeekOfSummer.insufficientData());
        assertTrue(lastWeekOfSummer.missing().get(0).contains("latest run on 2026-02-28"),
                lastWeekOfSummer.missing().toString());
        assertNoToolThrows(data);
    }

    @Test
    void runsNearMidnightCountOnTheAthletesLocalDay() {
        ZoneId losAngeles = ZoneId.of("America/Los_Angeles");
        AthleteProfile profile = new AthleteProfile(null, null, 190.0, 50.0, null, null, null, losAngeles);
        // 06:30 UTC on the 18th is 22:30 on the 17th in Los Angeles
        Activity lateEvening = new Activity("late", ZonedDateTime.of(2026, 11, 18, 6, 30, 0, 0, ZoneOffset.UTC),
                "run", "late", 5000, 1500, 1500, 0, 140.0, null, WorkoutType.EASY, false, List.of());
        // 23:50 on the 17th in Tokyo is 06:50 on the 17th in Los Angeles
        Activity travel = new Activity("tokyo", ZonedDateTime.of(2026, 11, 17, 23, 50, 0, 0, ZoneId.of("Asia/Tokyo")),
                "run", "tokyo", 5000, 1500, 1500, 0, 140.0, null, WorkoutType.EASY, false, List.of());
        // 00:10 on the 18th in Los Angeles stays on the 18th
        Activity afterMidnight = new Activity("early", ZonedDateTime.of(2026, 11, 18, 0, 10, 0, 0, losAngeles),
                "run", "early", 5000, 1500, 1500, 0, 140.0, null, WorkoutType.EASY, false, List.of());
        AthleteData data = new AthleteData(profile, List.of(lateEvening, travel, afterMidnight), List.of(), null, TODAY);
        RecentRuns today = new RecentRunsCalculator().calculate(data, 1);
        assertEquals(List.of("early"), today.runs().stream().map(RecentRuns.Row::id).toList());
        RecentRuns twoDays = new RecentRunsCalculator().calculate(data, 2);
        assertEquals(LocalDate.of(2026, 11, 17), twoDays.runs().get(1).date());
        assertEquals(LocalDate.of(2026, 11, 17), twoDays.runs().get(2).date());
    }

    @Test
    void withoutAZoneTheActivitysOwnZoneDecidesTheDay() {
        Activity tokyo = new Activity("tokyo", ZonedDateTime.of(2026, 11, 18, 0, 10, 0, 0, ZoneId.of("Asia/Tokyo")),
                "run", "tokyo", 5000, 1500, 1500, 0, null, null, WorkoutType.EASY, false, List.of());
        AthleteData data = Fixtures.athlete(AthleteProfile.empty(), List.of(tokyo));
        assertEquals(TODAY, new RecentRunsCalculator().calculate(data, 1).runs().get(0).date());
    }

    @Test
    void noProfileValuesEachToolSaysWhatIsMissing() {
        AthleteData demo = DemoAthlete.generate(TODAY);
        AthleteData data = new AthleteData(AthleteProfile.empty(), demo.activities(), demo.checkIns(),
                demo.activePlan(), TODAY);
        var results = ToolResults.all(data);
        assertTrue(ToolResults.missing(results.get("get_training_load")).stream()
                .anyMatch(m -> m.contains("profile.thresholdPaceSecPerKm")));
        assertTrue(ToolResults.insufficient(results.get("get_efficiency_by_zone")));
        assertTrue(ToolResults.missing(results.get("get_efficiency_by_zone")).get(0).contains("profile.maxHr"));
        assertTrue(ToolResults.missing(results.get("get_active_insights")).stream()
                .anyMatch(m -> m.contains("profile.maxHr")));
        assertFalse(ToolResults.insufficient(results.get("get_race_predictions")), "races need no profile");
    }

    @Test
    void duplicatesAreNotDoubleCountedInRecentRuns() {
        Activity run = Fixtures.run("a", TODAY, 10000, 3000, 150.0, WorkoutType.EASY);
        AthleteData data = Fixtures.athlete(PROFILE, List.of(run, run));
        assertEquals(1, new RecentRunsCalculator().calculate(data, 7).count());
    }

    @Test
    void activitiesAfterTodayAreIgnored() {
        Activity tomorrow = Fixtures.run("t", TODAY.plusDays(1), 10000, 3000, 150.0, WorkoutType.EASY);
        assertTrue(new TrainingLoadCalculator().calculate(Fixtures.athlete(PROFILE, List.of(tomorrow)))
                .insufficientData());
    }

    private static void assertNoToolThrows(AthleteData data) {
        ToolResults.all(data).forEach((tool, result) -> assertTrue(
                ToolResults.insufficient(result) || !ToolResults.evidence(result).isEmpty(),
                tool + " returned data without evidence"));
    }
}
