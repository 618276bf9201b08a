package io.coachline.coach;

import static io.coachline.coach.CoachClient.COACHES;
import static io.coachline.coach.CoachClient.assertError;
import static io.coachline.coach.CoachClient.body;
import static io.coachline.coach.CoachClient.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.coachline.testsupport.Deployments;
import io.coachline.testsupport.TestTokens;

/** search_coaches over HTTP: what matches, in which order, and what never does. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CoachSearchIT {

    private static final Path DATA = Deployments.freshDataDir("coach-search");
    private static final String USER = TestTokens.user("search", "sid");
    private static boolean seeded;

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war(DATA);
    }

    private CoachClient client() {
        return new CoachClient(base);
    }

    @BeforeEach
    void seed() {
        if (seeded) {
            return;
        }
        CoachClient client = client();
        client.create(USER, body("Tempo Builder", "p").add("description", "Threshold sessions").add("category", "training"));
        client.create(USER, body("Hill Repeats", "p").add("tags", CoachClient.array(List.of("tempo", "hills"))).add("category", "training"));
        client.create(USER, body("Easy Days", "p").add("description", "Keeps the tempo runs honest").add("category", "recovery"));
        client.create(USER, body("My Tempo", "p").add("category", "training"));
        client.create(USER, body("100% Effort", "p").add("description", "all out"));
        client.create(USER, body("1000 Steps", "p").add("description", "walk"));
        client.create(USER, body("snake_case", "p"));
        client.create(USER, body("snakeXcase", "p"));
        client.create(TestTokens.user("search", "someone-else"), body("Tempo Secret", "p"));
        client.create(TestTokens.user("other-search", "sid"), body("Tempo Foreign", "p"));
        seeded = true;
    }

    private JsonObject search(String query) {
        return ok(client().api.get(COACHES + "/search?" + query, USER));
    }

    private List<String> titles(String query) {
        return search(query).getJsonArray("coaches").getValuesAs(JsonObject.class).stream()
                .map(c -> c.getString("title")).toList();
    }

    private static String q(String text) {
        return "query=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void titleMatchesRankBeforeTagsBeforeDescription() {
        // title prefix, then title elsewhere, then tag, then description; within a rank by title
        assertEquals(List.of("Tempo Builder", "My Tempo", "Hill Repeats", "Easy Days"), titles(q("tempo")));
        JsonObject page = search(q("TEMPO"));
        assertEquals(4, page.getInt("total"));
        assertFalse(page.getBoolean("has_more"));
    }

    @Test
    void matchesAreCaseInsensitiveAndWildcardsLiteral() {
        assertEquals(List.of("Hill Repeats"), titles(q("HILLS")));
        assertEquals(List.of("100% Effort"), titles(q("100%")));
        assertEquals(List.of("snake_case"), titles(q("e_c")));
        assertEquals(List.of("100% Effort"), titles(q("%")));
        assertEquals(List.of(), titles(q("no such thing")));
    }

    @Test
    void onlyVisibleCoachesAreFound() {
        assertFalse(titles(q("secret")).contains("Tempo Secret"));
        assertFalse(titles(q("foreign")).contains("Tempo Foreign"));
        assertEquals(List.of("Tempo Secret"), ok(client().api.get(COACHES + "/search?" + q("secret"),
                TestTokens.user("search", "someone-else"))).getJsonArray("coaches").getValuesAs(JsonObject.class)
                .stream().map(c -> c.getString("title")).toList());
    }

    @Test
    void categoryFilterAndPaging() {
        assertEquals(List.of("Easy Days"), titles(q("tempo") + "&category=RECOVERY"));
        JsonObject page = search(q("tempo") + "&limit=2&offset=1");
        assertEquals(List.of("My Tempo", "Hill Repeats"), page.getJsonArray("coaches").getValuesAs(JsonObject.class)
                .stream().map(c -> c.getString("title")).toList());
        assertEquals(4, page.getInt("total"));
        assertTrue(page.getBoolean("has_more"));
    }

    @Test
    void badQueriesNameTheirField() {
        CoachClient client = client();
        assertError(client.api.get(COACHES + "/search", USER), 400, "invalid_input", "query");
        assertError(client.api.get(COACHES + "/search?query=", USER), 400, "invalid_input", "query");
        assertError(client.api.get(COACHES + "/search?" + q("   "), USER), 400, "invalid_input", "query");
        assertError(client.api.get(COACHES + "/search?" + q("x".repeat(101)), USER), 400, "invalid_input", "query");
        ok(client.api.get(COACHES + "/search?" + q("x".repeat(100)), USER));
        assertError(client.api.get(COACHES + "/search?query=a&limit=0", USER), 400, "invalid_input", "limit");
        assertError(client.api.get(COACHES + "/search?query=a&limit=101", USER), 400, "invalid_input", "limit");
        assertError(client.api.get(COACHES + "/search?query=a&offset=-5", USER), 400, "invalid_input", "offset");
        assertError(client.api.get(COACHES + "/search?query=a&category=other", USER), 400, "invalid_input", "category");
    }
}
