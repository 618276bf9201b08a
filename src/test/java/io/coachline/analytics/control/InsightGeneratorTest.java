package io.coachline.analytics.control;

import io.coachline.analytics.entity.Activity;
import io.coachline.analytics.entity.Insights;
import io.coachline.analytics.entity.WorkoutType;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.coachline.analytics.control.Fixtures.PROFILE;
import static io.coachline.analytics.control.Fixtures.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InsightGeneratorTest {

    @Test
    void aLoadSpikeComesFirst() {
        List<Activity> runs = new ArrayList<>();
        for (int i = 5; i < 65; i++) {
            runs.add(Fixtures.run("e" + i, TODAY.minusDays(i), 7300, 2400, 135.0, WorkoutType.EASY));
        }
        for (int i = 0; i < 5; i++) {
            runs.add(Fixtures.run("big" + i, TODAY.minusDays(i), 30000, 9000, 140.0, WorkoutType.LONG));
        }
        Insights insights = new InsightGenerator().calculate(Fixtures.athlete(PROFILE, runs), 5);
        Insights.Insight first = insights.insights().get(0);
        assertEquals("load-spike", first.kind());
        assertEquals(1, first.priority());
        assertFalse(first.evidence().isEmpty());
    }

    @Test
    void easyRunsAbove80PercentOfMaxAreFlagged() {
        List<Activity> runs = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            double hr = i < 10 && i % 2 == 0 ? 160 : 135;
            runs.add(Fixtures.run("e" + i, TODAY.minusDays(i), 8000, 2640, hr, WorkoutType.EASY));
        }
        Insights insights = new InsightGenerator().calculate(Fixtures.athlete(PROFILE, runs), 10);
        Insights.Insight easy = insights.insights().stream().filter(i -> i.kind().equals("easy-too-hard"))
                .findFirst().orElseThrow();
        assertEquals(5, easy.evidence().size());
        assertTrue(easy.message().startsWith("5 of 14"), easy.message());
    }

    @Test
    void insightsAreUniqueByKindSortedAndLimited() {
        Insights insights = new InsightGenerator().calculate(DemoAthlete.generate(TODAY), 2);
        assertTrue(insights.insights().size() <= 2);
        List<String> kinds = insights.insights().stream().map(Insights.Insight::kind).toList();
        assertEquals(kinds.stream().distinct().count(), kinds.size());
        assertEquals("race-soon", kinds.get(0));
        assertFalse(kinds.contains("race-window"), "race-soon absorbs the race window");
    }

    @Test
    void withoutFlagsASingleSteadyInsight() {
        List<Activity> runs = new ArrayList<>();
        for (int i = 0; i < 60; i += 2) {
            runs.add(Fixtures.run("e" + i, TODAY.minusDays(i), 8000, 2640, 135.0, WorkoutType.EASY));
        }
        Insights insights = new InsightGenerator().calculate(Fixtures.athlete(PROFILE, runs), 5);
        assertEquals(List.of("steady"), insights.insights().stream().map(Insights.Insight::kind).toList());
    }
}
