package io.coachline.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.coachline.testsupport.Api;
import io.coachline.testsupport.Db;
import io.coachline.testsupport.Deployments;
import io.coachline.testsupport.TestTokens;

/**
 * Wrong JSON types, wrapped-around and fractional numbers, invalid UTF-8, repeated query parameters, odd
 * Content-Types and headers against the REST bodies and query parameters: every answer is a JSON 4xx with
 * {@code error} (and {@code field} where one field is at fault), never a 5xx, and nothing changes.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RestFuzzIT {

    private static final Path DATA = Deployments.freshDataDir("rest-fuzz");
    private static final String USER = TestTokens.user("fuzz", "runner");
    private static final String ADMIN = TestTokens.admin("fuzz", "boss");
    private static final List<String> TEXT_WRONG = List.of("12", "12.5", "true", "false", "[]", "[\"x\"]", "{}",
            "{\"a\":\"b\"}");
    // 4294967446 = 2^32 + 150 and 4294967301 = 2^32 + 5 wrapped around to 150 and 5 before.
    private static final List<String> WHOLE_WRONG = List.of("\"150\"", "\"abc\"", "150.5", "0.1", "true", "[]", "{}",
            "[150]", "4294967446", "4294967301", "2147483648", "-2147483649", "1e400", "99999999999999999999999");
    private static final List<String> DECIMAL_WRONG = List.of("\"70\"", "true", "[]", "{}", "[70]", "1e400", "-1e400");
    private static final List<String> LIST_WRONG = List.of("\"a\"", "3", "true", "{}", "[1]", "[true]", "[[]]", "[{}]");

    private enum Kind { TEXT, REQUIRED_TEXT, WHOLE, DECIMAL, TEXT_LIST }

    private record Endpoint(String method, String path, String token, String validBody, Map<String, Kind> fields) {
    }

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war(DATA);
    }

    @Test
    void hostileBodiesParametersAndHeadersAreJson4xxAndChangeNothing() {
        Api api = new Api(base);
        Api.Reply coach = api.post("api/coaches", USER, "{\"title\":\"Mine\",\"system_prompt\":\"Be kind.\",\"tags\":[\"a\"]}");
        assertEquals(201, coach.status(), coach::toString);
        String coachId = coach.json().getString("id");
        Api.Reply conversation = api.post("api/chat/conversations", USER, "{\"title\":\"Talk\"}");
        assertEquals(201, conversation.status(), conversation::toString);
        String conversationId = conversation.json().getString("id");
        assertEquals(200, api.put("api/athlete/profile", USER, "{\"max_hr\":185,\"resting_hr\":50,\"weight_kg\":70.5,"
                + "\"time_zone\":\"Europe/Berlin\"}").status());
        assertEquals(200, api.put("api/admin/chat/budget", ADMIN, "{\"user_daily_usd\":0.25}").status());
        Map<String, String> before = snapshot(api, coachId, conversationId);

        List<Endpoint> endpoints = endpoints(coachId, conversationId);
        List<String> failures = new ArrayList<>();
        int requests = 0;
        for (Endpoint endpoint : endpoints) {
            for (Map.Entry<String, Kind> field : endpoint.fields().entrySet()) {
                for (String wrong : wrongValues(field.getValue())) {
                    String body = with(endpoint.validBody(), field.getKey(), wrong);
                    expectField(failures, send(api, endpoint, "application/json", bytes(body), Map.of()), 400,
                            field.getKey(), endpoint.method() + " " + endpoint.path() + " " + body);
                    requests++;
                }
            }
            String badUtf8 = endpoint.validBody().replaceFirst("\\}$", (endpoint.validBody().length() > 2 ? "," : "")
                    + "\"title\":\"ab\u0001\"}");
            byte[] invalid = bytes(badUtf8);
            int marker = indexOf(invalid, (byte) 1);
            ByteArrayOutputStream raw = new ByteArrayOutputStream();
            raw.write(invalid, 0, marker);
            raw.write(0xC3);
            raw.write(0x28);
            raw.write(invalid, marker + 1, invalid.length - marker - 1);
            expectField(failures, send(api, endpoint, "application/json", raw.toByteArray(), Map.of()), 400, "body",
                    endpoint.path() + " invalid UTF-8");
            for (String whole : List.of("[]", "\"text\"", "12", "true", "[{}]")) {
                expectField(failures, send(api, endpoint, "application/json", bytes(whole), Map.of()), 400, "body",
                        endpoint.path() + " " + whole);
            }
            String duplicated = endpoint.validBody().replaceFirst("^\\{", "{\"title\":\"a\",\"title\":\"b\"")
                    .replace("\"b\"\"", "\"b\",\"");
            for (String broken : List.of(duplicated, "{", "{\"title\":}", "[".repeat(5_000), "{\"a\":".repeat(2_000))) {
                Api.Reply reply = send(api, endpoint, "application/json", bytes(broken), Map.of());
                JsonObject json = errorBody(failures, reply, endpoint.path() + " " + abbreviate(broken));
                if (json != null && (reply.status() != 400 || !"invalid_json".equals(json.getString("error")))) {
                    failures.add(endpoint.path() + " " + abbreviate(broken) + " -> expected 400 invalid_json, got " + reply);
                }
            }
            String firstField = endpoint.fields().keySet().iterator().next();
            byte[] wrongTyped = bytes(with(endpoint.validBody(), firstField, "[{}]"));
            for (String type : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
                    "application/json; charset=ISO-8859-1", "application/json; charset=nonsense", "application/json;;;",
                    "application/merge-patch+json", "multipart/form-data", "*/*", "application/", "x/ y")) {
                expect4xx(failures, send(api, endpoint, type, wrongTyped, Map.of()), endpoint.path() + " as " + type);
                requests++;
            }
            for (Map<String, String> headers : oddHeaders()) {
                expect4xx(failures, send(api, endpoint, "application/json", wrongTyped, headers),
                        endpoint.path() + " with " + headers.keySet());
                requests++;
            }
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("api/coaches?limit=5&limit=500", "limit");
        parameters.put("api/coaches?include_hidden=true&include_hidden=false", "include_hidden");
        parameters.put("api/coaches?limit=4294967301", "limit");
        parameters.put("api/coaches?offset=4294967296", "offset");
        parameters.put("api/coaches?limit=5.5", "limit");
        parameters.put("api/coaches/search?query=a&query=b", "query");
        parameters.put("api/coaches/search?query=a&limit=99999999999999999999", "limit");
        parameters.put("api/analytics/get_recent_runs?days=7&days=400", "days");
        parameters.put("api/analytics/get_recent_runs?days=4294967303", "days");
        parameters.put("api/analytics/get_recent_runs?days=7.5", "days");
        parameters.put("api/analytics/get_recent_runs?days=true", "days");
        parameters.put("api/analytics/get_recent_runs?days=1e3", "days");
        parameters.put("api/analytics/get_active_insights?limit=4294967301", "limit");
        parameters.put("api/analytics/get_efficiency_by_zone?effort_zone=easy&effort_zone=race", "effort_zone");
        parameters.put("api/admin/costs?group_by=user&group_by=model", "group_by");
        parameters.put("api/admin/costs?from=2026-01-01&from=2026-02-01", "from");
        parameters.put("api/admin/coaches?limit=4294967301", "limit");
        parameters.forEach((path, field) -> expectField(failures, api.get(path, isAdminPath(path) ? ADMIN : USER),
                400, field, "GET " + path));
        for (String path : List.of("api/admin/costs?from=99999-01-01", "api/admin/costs?from=-1&to=%00",
                "api/admin/costs?group_by=%FF%FE", "api/coaches?category=%C3%28", "api/analytics/get_recent_runs?days=%C3%28")) {
            expect4xx(failures, api.get(path, ADMIN), "GET " + path);
        }
        assertTrue(requests > 300, "requests sent: " + requests);
        assertTrue(failures.isEmpty(), failures.size() + " bad answers, first: " + failures.stream().limit(8).toList());
        assertEquals(before, snapshot(api, coachId, conversationId), "hostile requests changed stored data");
    }

    private static boolean isAdminPath(String path) {
        return path.startsWith("api/admin");
    }

    private static List<Endpoint> endpoints(String coachId, String conversationId) {
        Map<String, Kind> coach = new LinkedHashMap<>();
        coach.put("title", Kind.REQUIRED_TEXT);
        coach.put("system_prompt", Kind.REQUIRED_TEXT);
        coach.put("description", Kind.TEXT);
        coach.put("category", Kind.TEXT);
        coach.put("tags", Kind.TEXT_LIST);
        coach.put("sample_prompts", Kind.TEXT_LIST);
        Map<String, Kind> update = new LinkedHashMap<>(coach);
        update.put("title", Kind.TEXT);
        update.put("system_prompt", Kind.TEXT);
        update.put("coach_id", Kind.TEXT);
        Map<String, Kind> profile = new LinkedHashMap<>();
        profile.put("max_hr", Kind.WHOLE);
        profile.put("resting_hr", Kind.WHOLE);
        profile.put("threshold_hr", Kind.WHOLE);
        profile.put("sex", Kind.TEXT);
        profile.put("birth_date", Kind.TEXT);
        profile.put("threshold_pace_sec_per_km", Kind.DECIMAL);
        profile.put("weight_kg", Kind.DECIMAL);
        profile.put("preferred_units", Kind.TEXT);
        profile.put("time_zone", Kind.TEXT);
        Map<String, Kind> budget = new LinkedHashMap<>();
        for (String name : List.of("user_daily_usd", "user_monthly_usd", "tenant_daily_usd", "tenant_monthly_usd")) {
            budget.put(name, Kind.DECIMAL);
        }
        return List.of(
                new Endpoint("POST", "api/coaches", USER, "{\"title\":\"New\",\"system_prompt\":\"Hi.\"}", coach),
                new Endpoint("PATCH", "api/coaches/" + coachId, USER, "{\"title\":\"Changed\"}", update),
                new Endpoint("PUT", "api/athlete/profile", USER, "{\"max_hr\":190,\"time_zone\":\"UTC\"}", profile),
                new Endpoint("POST", "api/chat/conversations", USER, "{}", Map.of("title", Kind.TEXT)),
                new Endpoint("POST", "api/chat/conversations/" + conversationId + "/messages", USER,
                        "{\"content\":\"Hello coach\"}", Map.of("content", Kind.REQUIRED_TEXT)),
                new Endpoint("PUT", "api/admin/chat/budget", ADMIN, "{\"user_daily_usd\":0.3}", budget));
    }

    private static List<String> wrongValues(Kind kind) {
        return switch (kind) {
            case TEXT -> TEXT_WRONG;
            case REQUIRED_TEXT -> concat(TEXT_WRONG, List.of("null"));
            case WHOLE -> WHOLE_WRONG;
            case DECIMAL -> DECIMAL_WRONG;
            case TEXT_LIST -> LIST_WRONG;
        };
    }

    private static List<Map<String, String>> oddHeaders() {
        return List.of(
                Map.of("Accept", "text/html"),
                Map.of("Accept", "application/xml"),
                Map.of("Accept", "text/event-stream"),
                Map.of("Accept", "x/y;q=zz, */*;q="),
                Map.of("Content-Encoding", "gzip"),
                Map.of("Accept-Charset", "utf-16"),
                Map.of("X-Filler", "x".repeat(6_000)),
                Map.of("MCP-Session-Id", "../../etc/passwd", "Origin", "http://evil.example"),
                Map.of("X-HTTP-Method-Override", "DELETE"));
    }

    private static Api.Reply send(Api api, Endpoint endpoint, String contentType, byte[] body, Map<String, String> headers) {
        HttpRequest.Builder request = api.request(endpoint.path(), endpoint.token())
                .method(endpoint.method(), HttpRequest.BodyPublishers.ofByteArray(body));
        if (!contentType.isEmpty()) {
            request.header("Content-Type", contentType);
        }
        headers.forEach(request::setHeader);
        return api.send(request.build());
    }

    private static void expectField(List<String> failures, Api.Reply reply, int status, String field, String what) {
        JsonObject json = errorBody(failures, reply, what);
        if (json == null) {
            return;
        }
        if (reply.status() != status || !field.equals(json.getString("field", null))) {
            failures.add(what + " -> expected " + status + " naming " + field + ", got " + abbreviate(reply.toString()));
        }
    }

    private static void expect4xx(List<String> failures, Api.Reply reply, String what) {
        errorBody(failures, reply, what);
    }

    /** The reply must be a 4xx with a JSON body carrying error and message and nothing internal; null if not. */
    private static JsonObject errorBody(List<String> failures, Api.Reply reply, String what) {
        String text = reply.body();
        if (reply.status() < 400 || reply.status() >= 500 || text.contains("Exception") || text.contains("\tat ")
                || text.contains("io.coachline.") || text.contains("java.lang")) {
            failures.add(what + " -> " + abbreviate(reply.toString()));
            return null;
        }
        try (var reader = Json.createReader(new StringReader(text))) {
            JsonObject json = reader.readObject();
            if (!json.containsKey("error") || !json.containsKey("message")) {
                failures.add(what + " -> no error/message: " + abbreviate(text));
                return null;
            }
            return json;
        } catch (RuntimeException e) {
            failures.add(what + " -> not JSON: " + abbreviate(reply.toString()));
            return null;
        }
    }

    /** What the user and admin see, plus row counts of the tables these requests could write. */
    private Map<String, String> snapshot(Api api, String coachId, String conversationId) {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("coaches", api.get("api/coaches?include_hidden=true", USER).body());
        state.put("coach", api.get("api/coaches/" + coachId, USER).body());
        state.put("profile", api.get("api/athlete/profile", USER).body());
        state.put("conversations", api.get("api/chat/conversations", USER).body());
        state.put("messages", api.get("api/chat/conversations/" + conversationId + "/messages", USER).body());
        state.put("budget", api.get("api/admin/chat/budget", ADMIN).body());
        Db db = new Db(DATA);
        for (String table : List.of("coaches", "athlete_profiles", "conversations", "chat_messages", "llm_calls",
                "chat_budgets", "users", "tenants")) {
            state.put(table, String.valueOf(db.count("SELECT COUNT(*) FROM " + table)));
        }
        return state;
    }

    private static String with(String validBody, String field, String value) {
        String prefix = validBody.substring(0, validBody.length() - 1);
        JsonObject valid = Json.createReader(new StringReader(validBody)).readObject();
        if (valid.containsKey(field)) {
            // Replace the field rather than repeat it (a repeated key is refused on its own).
            prefix = "{" + valid.entrySet().stream().filter(e -> !e.getKey().equals(field))
                    .map(e -> "\"" + e.getKey() + "\":" + e.getValue()).reduce((a, b) -> a + "," + b).orElse("");
        }
        return prefix + (prefix.length() > 1 ? "," : "") + "\"" + field + "\":" + value + "}";
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static int indexOf(byte[] bytes, byte value) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == value) {
                return i;
            }
        }
        throw new IllegalArgumentException("no marker");
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static String abbreviate(String text) {
        return text.length() > 220 ? text.substring(0, 220) + "..." : text;
    }
}
