package io.coachline.athlete;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.coachline.testsupport.Api;
import io.coachline.testsupport.Deployments;
import io.coachline.testsupport.TestTokens;

/** The ten analytics tools over REST: the demo athlete's generated year, an empty athlete, isolation, bad input. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AthleteAnalyticsIT {

    private static final Path DATA = Deployments.freshDataDir("analytics");
    static final List<String> TOOLS = List.of("get_recent_runs", "get_training_load", "get_efficiency_trend",
            "get_efficiency_by_zone", "get_race_predictions", "get_recovery_status", "get_pb_patterns",
            "get_correlations", "get_active_insights", "get_plan_week");

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        Map<String, String> config = new HashMap<>(Deployments.config(DATA));
        config.put("coachline.demo-data", "true");
        return Deployments.war(config);
    }

    private Api api() {
        return new Api(base);
    }

    /** The demo users live in tenant "demo"; the test issuer can speak for them. */
    private static String demoAthlete() {
        return TestTokens.user("demo", "demo-athlete");
    }

    @Test
    void everyToolHasSomethingTrueToSayAboutTheDemoAthlete() {
        for (String tool : TOOLS) {
            Api.Reply reply = api().get("api/analytics/" + tool, demoAthlete());
            assertEquals(200, reply.status(), tool + " -> " + reply);
            JsonObject result = reply.json();
            assertFalse(result.getBoolean("insufficient_data"), tool + " -> " + reply);
            assertTrue(result.containsKey("evidence"), tool + " has no evidence: " + reply);
        }
        JsonObject recent = api().get("api/analytics/get_recent_runs?days=30", demoAthlete()).json();
        assertTrue(recent.getInt("count") >= 8, recent::toString);
        JsonObject predictions = api().get("api/analytics/get_race_predictions", demoAthlete()).json();
        assertTrue(predictions.toString().contains("marathon"), predictions::toString);
    }

    @Test
    void anAthleteWithNoDataIsToldWhatIsMissing() {
        String newcomer = TestTokens.user("club-empty", "newbie");
        for (String tool : TOOLS) {
            Api.Reply reply = api().get("api/analytics/" + tool, newcomer);
            assertEquals(200, reply.status(), tool + " -> " + reply);
            assertTrue(reply.json().getBoolean("insufficient_data"), tool + " -> " + reply);
            assertFalse(reply.json().getJsonArray("missing").isEmpty(), tool + " -> " + reply);
        }
    }

    @Test
    void otherUsersNeverSeeTheDemoAthletesRuns() {
        for (String token : List.of(TestTokens.user("demo", "demo-athlete-2"), TestTokens.user("other-club", "demo-athlete"))) {
            JsonObject recent = api().get("api/analytics/get_recent_runs?days=365", token).json();
            assertEquals(0, recent.getInt("count"), recent::toString);
            assertTrue(recent.getBoolean("insufficient_data"));
        }
    }

    @Test
    void theTrainingLoadSeriesCoversTheChosenPeriodEndingToday() {
        JsonObject standard = api().get("api/analytics/get_training_load", demoAthlete()).json();
        JsonObject year = api().get("api/analytics/get_training_load?days=365", demoAthlete()).json();
        assertEquals(42, standard.getJsonArray("recent_days").size());
        JsonArray days = year.getJsonArray("recent_days");
        assertEquals(365, days.size());
        assertEquals(year.getString("date"), days.getJsonObject(364).getString("date"));
        // The same day has the same numbers whatever the period: the period only cuts the series.
        assertEquals(standard.getJsonArray("recent_days").getJsonObject(0), days.getJsonObject(365 - 42));
        assertTrue(days.stream().map(JsonValue::asJsonObject).filter(d -> d.getJsonNumber("load").doubleValue() > 0).count() > 100);
    }

    @Test
    void badInputNamesTheField() {
        Map<String, String> cases = Map.of(
                "get_recent_runs?days=0", "days",
                "get_recent_runs?days=366", "days",
                "get_recent_runs?days=abc", "days",
                "get_recent_runs?athlete=someone-else", "athlete",
                "get_efficiency_by_zone?effort_zone=sprint", "effort_zone",
                "get_efficiency_trend?days=6", "days",
                "get_correlations?days=13", "days",
                "get_active_insights?limit=11", "limit",
                "get_training_load?days=6", "days",
                "get_training_load?days=366", "days");
        cases.forEach((query, field) -> {
            Api.Reply reply = api().get("api/analytics/" + query, demoAthlete());
            assertEquals(400, reply.status(), query + " -> " + reply);
            assertEquals(field, reply.json().getString("field"), query + " -> " + reply);
        });
        Api.Reply unknown = api().get("api/analytics/get_everything", demoAthlete());
        assertEquals(404, unknown.status(), unknown::toString);
    }

    @Test
    void analyticsNeedAToken() {
        assertEquals(401, api().get("api/analytics/get_training_load", null).status());
    }
}
