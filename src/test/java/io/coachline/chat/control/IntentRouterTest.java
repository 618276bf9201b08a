package io.coachline.chat.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.coachline.chat.entity.Route;

/** The router against a labelled set of varied questions (phrasing, word order, typos); accuracy printed. */
class IntentRouterTest {

    private final IntentRouter router = new IntentRouter();

    @Test
    void routesTheLabelledQuestionsWithAtLeastNinetyPercentAccuracy() {
        List<String> misses = new ArrayList<>();
        for (RouterCases.Case c : RouterCases.ALL) {
            Route route = router.route(c.question());
            boolean right = route.type().equals(c.route())
                    && (!route.simple() || route.tools().equals(List.of(c.tool())));
            if (!right) {
                misses.add(c.question() + " -> " + route.type() + " " + (route.simple() ? route.tools() : "")
                        + ", expected " + c.route() + " " + (c.tool() == null ? "" : c.tool()));
            }
        }
        double accuracy = 100.0 * (RouterCases.ALL.size() - misses.size()) / RouterCases.ALL.size();
        System.out.printf("Router accuracy: %.1f %% (%d of %d questions)%n", accuracy,
                RouterCases.ALL.size() - misses.size(), RouterCases.ALL.size());
        misses.forEach(m -> System.out.println("  miss: " + m));
        assertTrue(RouterCases.ALL.size() >= 60, "at least 60 questions");
        assertTrue(accuracy >= 90.0, "accuracy " + accuracy + " %: " + misses);
    }

    @Test
    void theIssuesExamplesAreExact() {
        assertEquals(new Route(Route.SIMPLE, List.of("get_training_load")), router.route("What's my TSB?"));
        assertEquals(new Route(Route.SIMPLE, List.of("get_plan_week")), router.route("Show my plan"));
        assertEquals(new Route(Route.SIMPLE, List.of("get_race_predictions")), router.route("my race predictions"));
        assertEquals(new Route(Route.SIMPLE, List.of("get_recovery_status")), router.route("Am I recovering?"));
        assertEquals(Route.STANDARD, router.route("Analyze my training and suggest improvements").type());
        assertEquals(Route.STANDARD, router.route("Why am I tired?").type());
    }

    @Test
    void standardOffersEveryAnalyticsToolAndNothingElse() {
        Route route = router.route("Why am I tired?");
        assertEquals(IntentRouter.ANALYTICS_TOOLS, route.tools());
        assertEquals(10, route.tools().size());
    }

    @Test
    void emptyOrUnclearMeansStandard() {
        for (String text : new String[] {"", "   ", "hello", "ok thanks", "?", "tell me something"}) {
            assertEquals(Route.STANDARD, router.route(text).type(), text);
        }
        assertEquals(Route.STANDARD, router.route(null).type());
    }

    @Test
    void typosOfOneEditOnLongWordsAreTolerated() {
        assertEquals(0, TextMatch.damerauLevenshtein("recovery", "recovery"));
        assertEquals(1, TextMatch.damerauLevenshtein("recovrey", "recovery"));
        assertEquals(1, TextMatch.damerauLevenshtein("efficency", "efficiency"));
        assertEquals(2, TextMatch.damerauLevenshtein("abcd", "badc"));
        assertTrue(TextMatch.matches("predicton", "prediction"));
        assertTrue(TextMatch.matches("recovering", "recover"));
        // short words must be exact: "pr" is not "pb", "tsb" is not "tsa"
        assertTrue(!TextMatch.matches("pb", "pr") && !TextMatch.matches("tsa", "tsb"));
    }
}
