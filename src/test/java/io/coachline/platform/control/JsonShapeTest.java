package io.coachline.platform.control;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import jakarta.json.Json;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;

import io.coachline.athlete.control.Profiles;
import io.coachline.coach.entity.CreateCoachInput;
import io.coachline.coach.entity.ListCoachesInput;

class JsonShapeTest {

    private static ApiException rejected(String json, Class<?> type) {
        return assertThrows(ApiException.class, () -> JsonShape.check(JsonShape.parse(bytes(json)), type), json);
    }

    private static void accepted(String json, Class<?> type) {
        assertDoesNotThrow(() -> JsonShape.check(JsonShape.parse(bytes(json)), type), json);
    }

    private static byte[] bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void wrongJsonTypesNameTheFieldAndTheExpectedType() {
        ApiException array = rejected("{\"title\":[]}", CreateCoachInput.class);
        assertEquals("title", array.field());
        assertEquals("title: must be a string, got an array", array.getMessage());
        assertEquals("title", rejected("{\"title\":12}", CreateCoachInput.class).field());
        assertEquals("title", rejected("{\"title\":true}", CreateCoachInput.class).field());
        assertEquals("title", rejected("{\"title\":{}}", CreateCoachInput.class).field());
        ApiException text = rejected("{\"max_hr\":\"150\"}", Profiles.Profile.class);
        assertEquals("max_hr", text.field());
        assertTrue(text.getMessage().startsWith("max_hr: must be a whole number"), text.getMessage());
        assertEquals("favorites_only", rejected("{\"favorites_only\":\"true\"}", ListCoachesInput.class).field());
        assertEquals("favorites_only", rejected("{\"favorites_only\":1}", ListCoachesInput.class).field());
        assertEquals("weight_kg", rejected("{\"weight_kg\":\"70\"}", Profiles.Profile.class).field());
        ApiException element = rejected("{\"title\":\"t\",\"tags\":[\"a\",3]}", CreateCoachInput.class);
        assertEquals("tags", element.field());
        assertTrue(element.getMessage().startsWith("tags[1]: must be a string"), element.getMessage());
        assertEquals("tags", rejected("{\"tags\":\"a\"}", CreateCoachInput.class).field());
    }

    @Test
    void fractionalAndOutOfRangeWholeNumbersAreRefusedNotTruncatedOrWrapped() {
        assertEquals("max_hr", rejected("{\"max_hr\":150.5}", Profiles.Profile.class).field());
        ApiException wrapped = rejected("{\"max_hr\":4294967446}", Profiles.Profile.class);
        assertEquals("max_hr", wrapped.field());
        assertTrue(wrapped.getMessage().contains("out of range"), wrapped.getMessage());
        assertEquals("limit", rejected("{\"limit\":4294967301}", ListCoachesInput.class).field());
        assertEquals("limit", rejected("{\"limit\":-2147483649}", ListCoachesInput.class).field());
        assertEquals("limit", rejected("{\"limit\":1e400}", ListCoachesInput.class).field());
        assertEquals("limit", rejected("{\"limit\":99999999999999999999999999999}", ListCoachesInput.class).field());
        assertEquals("weight_kg", rejected("{\"weight_kg\":1e400}", Profiles.Profile.class).field());
        accepted("{\"limit\":2147483647,\"offset\":0}", ListCoachesInput.class);
        accepted("{\"limit\":-2147483648}", ListCoachesInput.class);
        accepted("{\"max_hr\":150.0,\"weight_kg\":70.5}", Profiles.Profile.class);
    }

    @Test
    void nullsMissingFieldsAndValidInputPassToBeanValidation() {
        accepted("{}", CreateCoachInput.class);
        accepted("null", CreateCoachInput.class);
        accepted("{\"title\":null,\"tags\":null}", CreateCoachInput.class);
        accepted("{\"title\":\"t\",\"system_prompt\":\"p\",\"tags\":[\"a\",\"b\"],\"sample_prompts\":[]}", CreateCoachInput.class);
    }

    @Test
    void bodyShapeUnknownFieldsDuplicatesAndBadTextAreRefused() {
        assertEquals("body", rejected("[]", CreateCoachInput.class).field());
        assertEquals("body", rejected("\"text\"", CreateCoachInput.class).field());
        ApiException unknown = rejected("{\"titel\":\"x\"}", CreateCoachInput.class);
        assertEquals("titel", unknown.field());
        assertEquals("invalid_json", unknown.error());
        ApiException duplicate = assertThrows(ApiException.class, () -> JsonShape.parse(bytes("{\"title\":\"a\",\"title\":\"b\"}")));
        assertEquals("invalid_json", duplicate.error());
        assertEquals("title", rejected("{\"title\":\"\\ud800x\"}", CreateCoachInput.class).field());
        accepted("{\"title\":\"\\ud83c\\udfc3\"}", CreateCoachInput.class);
        ApiException utf8 = assertThrows(ApiException.class,
                () -> JsonShape.parse(new byte[] {'{', '"', 't', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'}));
        assertEquals("body", utf8.field());
        assertEquals("invalid_json", assertThrows(ApiException.class, () -> JsonShape.parse(bytes("{\"a\":"))).error());
        assertEquals("invalid_json", assertThrows(ApiException.class,
                () -> JsonShape.parse(bytes("[".repeat(3000) + "]".repeat(3000)))).error());
    }

    /** The checker names fields as JSON-B does, for every input record of the application. */
    @Test
    void fieldNamesMatchJsonBindingForEveryInputRecord() throws Exception {
        List<Class<?>> records = inputRecords();
        assertTrue(records.size() >= 15, "input records found: " + records);
        List<Runnable> checks = new ArrayList<>();
        for (Class<?> record : records) {
            RecordComponent[] components = record.getRecordComponents();
            Object[] values = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                values[i] = sample(types[i]);
            }
            Object instance = record.getDeclaredConstructor(types).newInstance(values);
            String json = JsonMapping.jsonb().toJson(instance);
            Set<String> written = new TreeSet<>(Json.createReader(new StringReader(json)).readObject().keySet());
            Set<String> named = new TreeSet<>();
            for (RecordComponent component : components) {
                named.add(Inputs.snake(component.getName()));
            }
            checks.add(() -> assertEquals(named, written, record.getName()));
            checks.add(() -> assertDoesNotThrow(() -> JsonShape.check(JsonShape.parse(bytes(json)), record), json));
        }
        assertAll(checks.stream().map(c -> (org.junit.jupiter.api.function.Executable) c::run));
    }

    private static Object sample(Class<?> type) {
        if (type == String.class) {
            return "x";
        }
        if (type == Integer.class || type == int.class) {
            return 1;
        }
        if (type == Double.class || type == double.class) {
            return 1.5;
        }
        if (type == Boolean.class || type == boolean.class) {
            return true;
        }
        if (type == List.class) {
            return List.of("x");
        }
        throw new IllegalArgumentException("add a sample for " + type);
    }

    private static List<Class<?>> inputRecords() throws IOException, ClassNotFoundException {
        Path classes = Path.of("target/classes");
        List<Class<?>> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith("Input.class") || f.toString().endsWith("Profiles$Profile.class")
                    || f.getParent().endsWith("athlete/control") && f.toString().contains("AnalyticsInputs$")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, JsonShapeTest.class.getClassLoader());
                if (type.isRecord()) {
                    found.add(type);
                }
            }
        }
        return found;
    }
}
