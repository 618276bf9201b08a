package io.coachline.coach;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;

import io.coachline.testsupport.Api;

/** The coach API as the tests drive it: JSON bodies built with JSON-P, replies checked for their status. */
final class CoachClient {

    static final String COACHES = "api/coaches";
    static final String ADMIN = "api/admin/coaches";
    static final String UNKNOWN_ID = "7d8f1a52-3c1b-4b7e-9a0c-5e2f9b6d4c31";

    final Api api;

    CoachClient(URL base) {
        this.api = new Api(base);
    }

    static JsonObjectBuilder body(String title, String prompt) {
        return Json.createObjectBuilder().add("title", title).add("system_prompt", prompt);
    }

    static JsonArrayBuilder array(List<String> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        values.forEach(array::add);
        return array;
    }

    static JsonObject object(Map<String, ?> fields) {
        return Json.createObjectBuilder(fields).build();
    }

    static List<String> strings(JsonObject object, String field) {
        return object.getJsonArray(field).getValuesAs(JsonString::getString);
    }

    /** A user's coach, created over the API; returns the created coach. */
    JsonObject create(String token, String title, String prompt) {
        return created(api.post(COACHES, token, body(title, prompt).build().toString()));
    }

    JsonObject create(String token, JsonObjectBuilder body) {
        return created(api.post(COACHES, token, body.build().toString()));
    }

    /** A system coach, created over the admin API. */
    JsonObject createSystem(String adminToken, String title, String visibility) {
        return created(api.post(ADMIN, adminToken, body(title, "You are " + title + ".")
                .add("visibility", visibility).build().toString()));
    }

    static JsonObject created(Api.Reply reply) {
        assertEquals(201, reply.status(), reply::toString);
        return reply.json();
    }

    static JsonObject ok(Api.Reply reply) {
        assertEquals(200, reply.status(), reply::toString);
        return reply.json();
    }

    JsonObject list(String token, String query) {
        return ok(api.get(COACHES + (query.isEmpty() ? "" : "?" + query), token));
    }

    List<String> listedTitles(String token, String query) {
        return list(token, query).getJsonArray("coaches").getValuesAs(JsonObject.class).stream()
                .map(c -> c.getString("title")).toList();
    }

    static void assertError(Api.Reply reply, int status, String error, String field) {
        assertEquals(status, reply.status(), reply::toString);
        JsonObject body = reply.json();
        assertEquals(error, body.getString("error"), reply::toString);
        if (field != null) {
            assertEquals(field, body.getString("field", null), reply::toString);
        }
    }

    static void assertNotFound(Api.Reply reply) {
        assertError(reply, 404, "not_found", null);
    }
}
