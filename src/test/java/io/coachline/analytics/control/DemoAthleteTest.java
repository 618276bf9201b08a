package io.coachline.analytics.control;

import io.coachline.analytics.entity.Activity;
import io.coachline.analytics.entity.AthleteData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DemoAthleteTest {

    private static final AthleteData DEMO = DemoAthlete.generate(Fixtures.TODAY);

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-18", "2024-02-29", "2025-06-01", "2026-01-05", "2027-09-30"})
    void everyToolGivesResultsWithEvidenceOnTheDemoAthlete(String today) {
        ToolResults.all(DemoAthlete.generate(LocalDate.parse(today))).forEach((tool, result) -> {
            assertFalse(ToolResults.insufficient(result), tool + ": " + ToolResults.missing(result));
            assertFalse(ToolResults.evidence(result).isEmpty(), tool + " has no evidence");
            assertTrue(ToolResults.evidence(result).size() <= 20, tool + " evidence is not short");
        });
    }

    @Test
    void everyToolSaysWhatIsMissingForAnEmptyAthlete() {
        Map<String, Record> results = ToolResults.all(AthleteData.empty(Fixtures.TODAY));
        assertEquals(10, results.size());
        results.forEach((tool, result) -> {
            assertTrue(ToolResults.insufficient(result), tool);
            assertFalse(ToolResults.missing(result).isEmpty(), tool + " gives no reason");
        });
    }

    @Test
    void sameTodayAndSeedGiveTheSameYear() {
        assertEquals(DEMO, DemoAthlete.generate(Fixtures.TODAY));
        assertNotEquals(DEMO, DemoAthlete.generate(Fixtures.TODAY, 7));
    }

    @Test
    void theYearLooksLikeTraining() {
        long runs = DEMO.activities().stream().filter(Activity::isRun).count();
        long races = DEMO.activities().stream().filter(Activity::isRace).count();
        LocalDate first = DEMO.activities().get(0).start().toLocalDate();
        assertTrue(runs >= 52 * 4.5 && runs <= 52 * 5.5, "runs: " + runs);
        assertTrue(races >= 2 && races <= 3, "races: " + races);
        assertTrue(!first.isBefore(DEMO.today().minusDays(364)) && first.isBefore(DEMO.today().minusDays(357)),
                "history starts a year back: " + first);
        assertTrue(DEMO.activities().stream().filter(Activity::isRun).allMatch(a -> !a.splits().isEmpty()));
        assertEquals(365, DEMO.checkIns().size());
        var pbActivities = new PbPatternAnalyzer().calculate(DEMO).pbs().stream()
                .map(e -> e.pb().activityId()).toList();
        DEMO.activities().stream().filter(Activity::isRace)
                .forEach(race -> assertTrue(pbActivities.contains(race.id()), race.id() + " is no PB"));
        LocalDate goal = DEMO.activePlan().goalRaceDate();
        assertTrue(goal.isAfter(DEMO.today()) && !goal.isAfter(DEMO.today().plusDays(14)));
        assertTrue(DEMO.activePlan().workouts().stream().anyMatch(w -> w.date().isAfter(DEMO.today().plusDays(6))),
                "plan reaches into next week");
    }

    @Test
    void longHistoryHasAboutOneRunWithSplitsPerDay() {
        AthleteData tenYears = LongHistory.generate(Fixtures.TODAY, 10);
        long runs = tenYears.activities().stream().filter(Activity::isRun).count();
        assertTrue(runs >= 3400 && runs <= 3700, "runs: " + runs);
        assertTrue(tenYears.activities().stream().allMatch(a -> !a.splits().isEmpty()));
        ToolResults.all(tenYears).forEach((tool, result) ->
                assertFalse(ToolResults.insufficient(result), tool + ": " + ToolResults.missing(result)));
    }
}
