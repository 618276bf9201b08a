package io.coachline.athlete;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Path;
import java.util.Map;

import jakarta.json.JsonObject;

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

/** The athlete profile over REST: defaults, replacement, validation that changes nothing, isolation. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProfileIT {

    private static final Path DATA = Deployments.freshDataDir("profile");
    private static final String VALID = """
            {"sex":"Female","birth_date":"1990-04-02","max_hr":188,"resting_hr":48,"threshold_hr":170,
             "threshold_pace_sec_per_km":250,"weight_kg":58.5,"preferred_units":"metric","time_zone":"Europe/Berlin"}""";

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war(DATA);
    }

    @Test
    void newAthleteHasUnknownsAndDefaults() {
        JsonObject profile = new Api(base).get("api/athlete/profile", TestTokens.user("p1", "fresh")).json();
        assertTrue(!profile.containsKey("max_hr") || profile.isNull("max_hr"), profile::toString);
        assertEquals("UTC", profile.getString("time_zone"));
        assertEquals("metric", profile.getString("preferred_units"));
    }

    @Test
    void replaceThenReadBackAndOthersDoNotSeeIt() {
        Api api = new Api(base);
        String token = TestTokens.user("p2", "runner");
        Api.Reply put = api.put("api/athlete/profile", token, VALID);
        assertEquals(200, put.status(), put::toString);
        JsonObject profile = api.get("api/athlete/profile", token).json();
        assertEquals("female", profile.getString("sex"));
        assertEquals(188, profile.getInt("max_hr"));
        assertEquals("Europe/Berlin", profile.getString("time_zone"));
        JsonObject other = api.get("api/athlete/profile", TestTokens.user("p2-other-tenant", "runner")).json();
        assertEquals("UTC", other.getString("time_zone"), "same sub in another tenant is another athlete");
    }

    @Test
    void invalidValuesAreRejectedByFieldAndChangeNothing() {
        Api api = new Api(base);
        String token = TestTokens.user("p3", "careful");
        assertEquals(200, api.put("api/athlete/profile", token, VALID).status());
        Map<String, String> cases = Map.of(
                VALID.replace("\"max_hr\":188", "\"max_hr\":400"), "max_hr",
                VALID.replace("\"sex\":\"Female\"", "\"sex\":\"robot\""), "sex",
                VALID.replace("Europe/Berlin", "Mars/Olympus"), "time_zone",
                VALID.replace("1990-04-02", "1990-02-31"), "birth_date",
                VALID.replace("\"resting_hr\":48", "\"resting_hr\":119").replace("\"max_hr\":188", "\"max_hr\":110")
                        .replace("\"threshold_hr\":170", "\"threshold_hr\":100"), "resting_hr");
        cases.forEach((body, field) -> {
            Api.Reply reply = api.put("api/athlete/profile", token, body);
            assertEquals(400, reply.status(), body + " -> " + reply);
            assertEquals(field, reply.json().getString("field"), reply::toString);
        });
        Api.Reply unknownField = api.put("api/athlete/profile", token, VALID.replace("{", "{\"shoe_size\":44,"));
        assertEquals(400, unknownField.status(), unknownField::toString);
        Api.Reply notJson = api.put("api/athlete/profile", token, "{\"max_hr\":");
        assertEquals(400, notJson.status(), notJson::toString);
        Api.Reply deep = api.put("api/athlete/profile", token, "{\"sex\":".repeat(3_000) + "1" + "}".repeat(3_000));
        assertEquals(400, deep.status(), deep::toString);
        Api.Reply empty = api.put("api/athlete/profile", token, "");
        assertEquals(400, empty.status(), empty::toString);
        assertEquals(188, api.get("api/athlete/profile", token).json().getInt("max_hr"), "rejected input changed nothing");
    }
}
