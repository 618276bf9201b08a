package io.coachline.athlete;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.json.JsonNumber;
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

/** The activity history over REST: paging and filters, one activity in detail, deletion, isolation, bad input. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ActivitiesIT {

    private static final Path DATA = Deployments.freshDataDir("activities");

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

    /** The demo athlete's generated year (tenant "demo"); the test issuer can speak for it. */
    private static String demo() {
        return TestTokens.user("demo", "demo-athlete");
    }

    private JsonObject page(String query) {
        Api.Reply reply = api().get("api/activities" + query, demo());
        assertEquals(200, reply.status(), reply::toString);
        return reply.json();
    }

    @Test
    void historyIsPagedNewestFirstAndFiltered() {
        JsonObject first = page("?limit=5");
        long total = first.getJsonNumber("total").longValue();
        assertTrue(total > 100, "a year of training: " + total);
        assertEquals(5, first.getInt("limit"));
        List<JsonObject> page1 = first.getJsonArray("activities").getValuesAs(JsonObject.class);
        List<JsonObject> page2 = page("?limit=5&offset=5").getJsonArray("activities").getValuesAs(JsonObject.class);
        assertEquals(5, page1.size());
        assertEquals(5, page2.size());
        List<String> starts = new java.util.ArrayList<>();
        page1.forEach(a -> starts.add(a.getString("start_time")));
        page2.forEach(a -> starts.add(a.getString("start_time")));
        for (int i = 1; i < starts.size(); i++) {
            assertTrue(starts.get(i - 1).compareTo(starts.get(i)) >= 0, () -> "newest first: " + starts);
        }
        Set<String> ids = new HashSet<>();
        page1.forEach(a -> ids.add(a.getString("id")));
        page2.forEach(a -> ids.add(a.getString("id")));
        assertEquals(10, ids.size(), "pages do not overlap");
        assertEquals(20, page("").getJsonArray("activities").size(), "default limit");

        // a date range: only its days, and the count of the range
        LocalDate to = LocalDate.parse(page1.get(0).getString("date")).minusDays(7);
        LocalDate from = to.minusDays(13);
        JsonObject range = page("?from=" + from + "&to=" + to + "&limit=100");
        List<JsonObject> inRange = range.getJsonArray("activities").getValuesAs(JsonObject.class);
        assertFalse(inRange.isEmpty(), range::toString);
        assertEquals(inRange.size(), range.getJsonNumber("total").longValue());
        for (JsonObject a : inRange) {
            LocalDate day = LocalDate.parse(a.getString("date"));
            assertTrue(!day.isBefore(from) && !day.isAfter(to), a::toString);
        }

        // sports partition the history
        long sum = 0;
        for (String sport : List.of("run", "ride", "swim", "walk", "hike", "other")) {
            JsonObject bySport = page("?sport=" + sport + "&limit=3");
            for (JsonObject a : bySport.getJsonArray("activities").getValuesAs(JsonObject.class)) {
                assertEquals(sport, a.getString("sport"), a::toString);
            }
            sum += bySport.getJsonNumber("total").longValue();
        }
        assertEquals(total, sum);
        assertTrue(page("?sport=run&limit=1").getJsonNumber("total").longValue() > 0);
    }

    @Test
    void oneActivityHasItsSplitsAndRoundedNumbers() {
        JsonObject listed = page("?sport=run&limit=1").getJsonArray("activities").getJsonObject(0);
        Api.Reply reply = api().get("api/activities/" + listed.getString("id"), demo());
        assertEquals(200, reply.status(), reply::toString);
        JsonObject detail = reply.json();
        assertEquals(listed, detail.getJsonObject("activity"));
        List<JsonObject> splits = detail.getJsonArray("splits").getValuesAs(JsonObject.class);
        assertTrue(splits.size() >= 3, detail::toString);
        assertEquals(1, splits.get(0).getInt("km"));
        assertTrue(detail.containsKey("best_efforts"), detail::toString);
        assertOneDecimal(listed, "avg_hr");
        assertOneDecimal(listed, "pace_sec_per_km");
        for (JsonObject split : splits) {
            assertOneDecimal(split, "pace_sec_per_km");
            assertOneDecimal(split, "avg_hr");
        }
        double pace = listed.getJsonNumber("moving_seconds").doubleValue() / (listed.getJsonNumber("distance_meters").doubleValue() / 1000);
        assertEquals(pace, listed.getJsonNumber("pace_sec_per_km").doubleValue(), 0.6, listed::toString);
    }

    private static void assertOneDecimal(JsonObject object, String field) {
        JsonValue value = object.get(field);
        assertTrue(value instanceof JsonNumber, () -> field + " present in " + object);
        String text = value.toString();
        assertTrue(text.matches("-?\\d+(\\.\\d)?"), () -> field + " rounded to 0.1: " + text);
    }

    @Test
    void deletingAnActivityTakesItOutOfTheListTheLoadAndThePersonalBests() {
        JsonObject bests = api().get("api/analytics/get_pb_patterns", demo()).json();
        JsonObject fiveK = bests.getJsonArray("current_bests").getValuesAs(JsonObject.class).stream()
                .filter(b -> b.getString("distance_name").equals("5K")).findFirst().orElseThrow(() -> new AssertionError(bests.toString()));
        String id = fiveK.getString("activity_id");
        JsonObject activity = api().get("api/activities/" + id, demo()).json().getJsonObject("activity");
        String day = activity.getString("date");
        long total = page("?limit=1").getJsonNumber("total").longValue();
        double loadBefore = loadOn(day);
        assertTrue(loadBefore > 0, day);

        Api.Reply deleted = api().delete("api/activities/" + id, demo());
        assertEquals(204, deleted.status(), deleted::toString);

        assertEquals(404, api().get("api/activities/" + id, demo()).status());
        assertEquals(total - 1, page("?limit=1").getJsonNumber("total").longValue());
        assertTrue(loadOn(day) < loadBefore, "the day's load drops at once");
        JsonObject after = api().get("api/analytics/get_pb_patterns", demo()).json();
        assertFalse(after.toString().contains(id), "no PB points at the deleted run: " + after);
        assertNotEquals(fiveK, after.getJsonArray("current_bests").getValuesAs(JsonObject.class).stream()
                .filter(b -> b.getString("distance_name").equals("5K")).findFirst().orElse(null));
        Api.Reply again = api().delete("api/activities/" + id, demo());
        assertEquals(404, again.status(), again::toString);
        assertEquals("not_found", again.json().getString("error"));
    }

    private double loadOn(String day) {
        JsonObject load = api().get("api/analytics/get_training_load?days=365", demo()).json();
        return load.getJsonArray("recent_days").getValuesAs(JsonObject.class).stream()
                .filter(d -> d.getString("date").equals(day)).mapToDouble(d -> d.getJsonNumber("load").doubleValue())
                .findFirst().orElseThrow(() -> new AssertionError(day + " not in " + load));
    }

    @Test
    void anotherUserOrTenantNeitherSeesNorDeletesIt() {
        String id = page("?limit=1").getJsonArray("activities").getJsonObject(0).getString("id");
        for (String other : List.of(TestTokens.user("demo", "demo-athlete-2"), TestTokens.user("elsewhere", "demo-athlete"),
                TestTokens.admin("demo", "demo-admin"))) {
            Api.Reply get = api().get("api/activities/" + id, other);
            assertEquals(404, get.status(), get::toString);
            assertFalse(get.body().contains("\"splits\""), get::toString);
            assertEquals(404, api().delete("api/activities/" + id, other).status());
            JsonObject theirs = api().get("api/activities", other).json();
            assertFalse(theirs.toString().contains(id), theirs::toString);
        }
        assertEquals(200, api().get("api/activities/" + id, demo()).status(), "still there for its owner");
        JsonObject empty = api().get("api/activities", TestTokens.user("elsewhere", "newcomer")).json();
        assertEquals(0, empty.getJsonNumber("total").longValue());
        assertEquals(0, empty.getJsonArray("activities").size());
    }

    @Test
    void badInputIsA400NamingTheParameterAndChangesNothing() {
        long total = page("?limit=1").getJsonNumber("total").longValue();
        Map<String, String> cases = new java.util.LinkedHashMap<>();
        cases.put("?from=2024-13-01", "from");
        cases.put("?from=2024-02-30", "from");
        cases.put("?to=yesterday", "to");
        cases.put("?from=2025-03-02&to=2025-03-01", "from");
        cases.put("?limit=0", "limit");
        cases.put("?limit=101", "limit");
        cases.put("?limit=ten", "limit");
        cases.put("?limit=99999999999", "limit");
        cases.put("?offset=-1", "offset");
        cases.put("?offset=100001", "offset");
        cases.put("?sport=skiing", "sport");
        cases.put("?page=2", "page");
        cases.put("?limit=5&limit=50", "limit");
        cases.forEach((query, field) -> {
            Api.Reply reply = api().get("api/activities" + query, demo());
            assertEquals(400, reply.status(), query + " -> " + reply);
            assertEquals("invalid_input", reply.json().getString("error"), query + " -> " + reply);
            assertEquals(field, reply.json().getString("field"), query + " -> " + reply);
        });
        Api.Reply unknown = api().get("api/activities/not-an-id", demo());
        assertEquals(404, unknown.status(), unknown::toString);
        assertEquals(404, api().delete("api/activities/" + "x".repeat(300), demo()).status());
        assertEquals(401, api().get("api/activities", null).status());
        assertEquals(401, api().delete("api/activities/whatever", null).status());
        assertEquals(total, page("?limit=1").getJsonNumber("total").longValue());
    }
}
