package io.coachline.analytics.control;

import io.coachline.analytics.entity.Activity;
import io.coachline.analytics.entity.Effort;
import io.coachline.analytics.entity.PbPatterns;
import io.coachline.analytics.entity.Split;
import io.coachline.analytics.entity.WorkoutType;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.coachline.analytics.control.Fixtures.PROFILE;
import static io.coachline.analytics.control.Fixtures.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PersonalBestFinderTest {

    private static final List<Split> SPLITS = List.of(new Split(0, 1000, 300, null, 0),
            new Split(1, 1000, 290, null, 0), new Split(2, 1000, 280, null, 0),
            new Split(3, 1000, 310, null, 0), new Split(4, 1000, 320, null, 0));

    @Test
    void fastestContinuousSegmentUsesTheLastSplitProRata() {
        assertEquals(280, PersonalBestFinder.fastestSegment(SPLITS, 1000), 1e-9);
        assertEquals(290 + 280 * 0.609344, PersonalBestFinder.fastestSegment(SPLITS, 1609.344), 1e-6);
        assertEquals(1500, PersonalBestFinder.fastestSegment(SPLITS, 5000), 1e-9);
        assertTrue(Double.isNaN(PersonalBestFinder.fastestSegment(SPLITS, 10000)));
    }

    @Test
    void gpsGlitchSplitsAreSkipped() {
        List<Split> glitch = new ArrayList<>(SPLITS);
        glitch.add(new Split(5, 1000, 60, null, 0));
        assertEquals(280, PersonalBestFinder.fastestSegment(glitch, 1000), 1e-9);
    }

    @Test
    void streamEffortsFoundAtImportComeBeforeSplits() {
        Activity run = Fixtures.run("s", TODAY, 5000, 1500, null, WorkoutType.RACE);
        Activity withSplits = new Activity(run.id(), run.start(), run.sport(), run.name(), 5000, 1500, 1500, 0, null, null,
                WorkoutType.RACE, true, SPLITS, List.of(new Effort(1000, 271.5), new Effort(1609.344, 460)));
        assertEquals(271.5, PersonalBestFinder.bestSeconds(withSplits, 1000), 1e-9, "stream beats the 280 s split");
        assertEquals(460, PersonalBestFinder.bestSeconds(withSplits, 1609.344), 1e-9);
        assertEquals(1500, PersonalBestFinder.bestSeconds(withSplits, 5000), 1e-9, "no stream effort: splits");
        Activity glitch = new Activity(run.id(), run.start(), run.sport(), run.name(), 5000, 1500, 1500, 0, null, null,
                WorkoutType.RACE, true, SPLITS, List.of(new Effort(1000, 60)));
        assertEquals(280, PersonalBestFinder.bestSeconds(glitch, 1000), 1e-9, "an impossible stream effort is ignored");
    }

    @Test
    void wholeRunCountsWithinThreePercentScaledToTheDistance() {
        Activity close = Fixtures.run("c", TODAY, 5100, 1530, null, WorkoutType.RACE);
        assertEquals(1500, PersonalBestFinder.bestSeconds(close, 5000), 1e-9);
        Activity far = Fixtures.run("f", TODAY, 5200, 1560, null, WorkoutType.RACE);
        assertTrue(Double.isNaN(PersonalBestFinder.bestSeconds(far, 5000)));
    }

    @Test
    void pbPatternsIgnoreFirstEffortsAndReportTheEveningBefore() {
        List<Activity> runs = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            runs.add(Fixtures.runWithSplits("e" + i, TODAY.minusDays(60 - i), 8000, 2640, 140, 4, WorkoutType.EASY));
        }
        runs.add(Fixtures.runWithSplits("race", TODAY.minusDays(5), 5000, 1250, 178, 4, WorkoutType.RACE));
        var data = Fixtures.athlete(PROFILE, runs);
        PbPatterns patterns = new PbPatternAnalyzer().calculate(data);
        PbPatterns.Event fiveK = patterns.pbs().stream()
                .filter(e -> e.pb().distanceName().equals("5K")).reduce((a, b) -> b).orElseThrow();
        assertEquals("race", fiveK.pb().activityId());
        assertEquals(1650, fiveK.previousBestSeconds(), 0.5);
        LoadSeries series = LoadSeries.of(data, new ActivityLog(data), LoadSeries.Seed.FIRST_14_DAYS_MEAN);
        assertEquals(series.ctl(TODAY.minusDays(6)), fiveK.ctlDayBefore(), 0.05);
        assertEquals(series.tsb(TODAY.minusDays(5)), fiveK.tsbDayBefore(), 0.1);
        assertTrue(patterns.pbs().stream().allMatch(e -> e.previousBestSeconds() != null));
        assertTrue(patterns.tsbBeforePb().min() <= patterns.tsbBeforePb().median());
    }

    @Test
    void noPbWithOnlyFirstEfforts() {
        var data = Fixtures.athlete(PROFILE,
                List.of(Fixtures.runWithSplits("one", TODAY, 5000, 1500, 150, 2, WorkoutType.EASY)));
        PbPatterns patterns = new PbPatternAnalyzer().calculate(data);
        assertTrue(patterns.insufficientData());
        assertEquals(3, patterns.currentBests().size(), "1K, mile and 5K bests exist");
        assertNull(patterns.tsbBeforePb());
    }
}
